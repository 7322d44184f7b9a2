using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// One file's own records of one table (<see cref="EntityKind.OwnRecordsOf"/>), taken from its checked
/// file: what its segment is encoded from. A
/// step of its own, compared by value, so that an edit of a meeting leaves the edited file's quotes
/// equal and their segment is not encoded again.
/// </summary>
internal sealed record FileTableRecords(string Path, EquatableArray<EntityModel> Records)
{
    /// <summary>SRD0022 when taking them failed; the table is then not written.</summary>
    public DiagnosticInfo? Failure { get; init; }
}
