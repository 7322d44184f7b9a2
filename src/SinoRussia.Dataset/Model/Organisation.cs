using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// A record read from compiled data has its required members from its table, read when first asked for:
// the compiler cannot see that (CS8618 on the constructor marked SetsRequiredMembers).
#pragma warning disable CS8618

namespace SinoRussia.Dataset;

/// <summary>A body in which an official holds a post.</summary>
public sealed class Organisation
{
    private StoredRecord<Details> _stored;

    /// <summary>Creates an organisation: set its properties in an object initializer.</summary>
    public Organisation() => _stored = StoredRecord<Details>.BuiltByHand();

    [SetsRequiredMembers] // its required members are read from the table when first asked for (hence no CS8618 here)
    internal Organisation(IStoredTable table, int idReference, int offset) => _stored = new(table, idReference, offset);

    /// <summary>The stable id, such as <c>russia-security-council</c>.</summary>
    public required string Id { get => _stored.Id; init => _stored.SetId(value); }

    /// <summary>The English name.</summary>
    public required string Name { get => D.Name; init => _stored.Building.Name = value; }

    /// <summary>The ISO 3166-1 alpha-2 country code, where it belongs to one country.</summary>
    public string? Country { get => D.Country; init => _stored.Building.Country = value; }

    /// <summary>
    /// The values of the schema's added fields this organisation gives, by YAML key, spelled as in the YAML: fields
    /// declared with <c>Field.Added</c> that have no member of their own yet. Empty when it gives none.
    /// </summary>
    public IReadOnlyDictionary<string, string> AdditionalFields { get => D.AdditionalFields; init => _stored.Building.AdditionalFields = ReadOnly.Wrap(value); }

    /// <inheritdoc />
    public override string ToString() => Name;

    private Details D => _stored.Read(static (table, offset, _) => table.ReadOrganisation(offset), 0);

    /// <summary>Everything but the id, read on first use.</summary>
    internal sealed class Details : RecordDetails
    {
        public string Name { get; set; } = string.Empty;

        public string? Country { get; set; }
    }
}
