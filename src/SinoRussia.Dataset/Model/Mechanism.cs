using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// A record read from compiled data has its required members from its table, read when first asked for:
// the compiler cannot see that (CS8618 on the constructor marked SetsRequiredMembers).
#pragma warning disable CS8618

namespace SinoRussia.Dataset;

/// <summary>A standing mechanism a meeting belongs to, such as the strategic security consultation.</summary>
public sealed class Mechanism
{
    private StoredRecord<Details> _stored;

    /// <summary>Creates a mechanism: set its properties in an object initializer.</summary>
    public Mechanism() => _stored = StoredRecord<Details>.BuiltByHand();

    [SetsRequiredMembers] // its required members are read from the table when first asked for (hence no CS8618 here)
    internal Mechanism(IStoredTable table, int idReference, int offset) => _stored = new(table, idReference, offset);

    /// <summary>The stable id.</summary>
    public required string Id { get => _stored.Id; init => _stored.SetId(value); }

    /// <summary>The English name.</summary>
    public required string Name { get => D.Name; init => _stored.Building.Name = value; }

    /// <summary>
    /// The values of the schema's added fields this mechanism gives, by YAML key, spelled as in the YAML: fields
    /// declared with <c>Field.Added</c> that have no member of their own yet. Empty when it gives none.
    /// </summary>
    public IReadOnlyDictionary<string, string> AdditionalFields { get => D.AdditionalFields; init => _stored.Building.AdditionalFields = ReadOnly.Wrap(value); }

    /// <inheritdoc />
    public override string ToString() => Name;

    private Details D => _stored.Read(static (table, offset, _) => table.ReadMechanism(offset), 0);

    /// <summary>Everything but the id, read on first use.</summary>
    internal sealed class Details : RecordDetails
    {
        public string Name { get; set; } = string.Empty;
    }
}
