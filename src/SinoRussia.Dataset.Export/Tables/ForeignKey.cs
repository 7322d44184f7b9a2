using System.Collections.Generic;

namespace SinoRussia.Dataset.Export;

/// <summary>Columns of one table that refer to the key of another.</summary>
/// <param name="Fields">The referring columns.</param>
/// <param name="Table">The referenced table.</param>
/// <param name="ReferencedFields">The referenced columns (its primary key).</param>
public sealed record ForeignKey(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> ReferencedFields);
