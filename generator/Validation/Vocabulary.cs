using System.Collections.Generic;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// The closed vocabularies of the schema: for each, its YAML spellings and the runtime enum members
/// they become, in the enum's declaration order (a value's ordinal is its code in the compiled data).
/// The generator's checks and its encoder read these tables; a test holds them equal to the runtime
/// enums, the runtime's <c>Codes.ToCode</c> spellings and the JSON Schemas' <c>enum</c> lists.
/// </summary>
internal static class Vocabulary
{
    public static readonly VocabularyTable Formats = new("MeetingFormat", ("in-person", "InPerson"), ("virtual", "Virtual"), ("phone", "Phone"));

    public static readonly VocabularyTable Roles = new("ParticipantRole", ("host", "Host"), ("guest", "Guest"), ("participant", "Participant"));

    public static readonly VocabularyTable QuoteKinds = new("QuoteKind", ("direct", "Direct"), ("reported", "Reported"));

    public static readonly VocabularyTable DateBases = new("FactBasis", ("stated", "Stated"), ("dateline", "Dateline"), ("inferred", "Inferred"));

    public static readonly VocabularyTable Precisions = new("DatePrecision", ("day", "Day"), ("month", "Month"), ("year", "Year"));

    /// <summary>Every vocabulary, for the tests that compare them with the runtime and the schemas.</summary>
    public static readonly IReadOnlyList<VocabularyTable> All = new[] { Formats, Roles, QuoteKinds, DateBases, Precisions };

    /// <summary>ISO 3166-1 alpha-2 shape: two upper-case Latin letters.</summary>
    public static bool IsCountryCode(string value)
        => value.Length == 2 && value[0] is >= 'A' and <= 'Z' && value[1] is >= 'A' and <= 'Z';
}

/// <summary>One closed vocabulary: YAML spellings and the enum members they map to, in order.</summary>
internal sealed class VocabularyTable
{
    private readonly Dictionary<string, string> _members = new();

    public VocabularyTable(string enumName, params (string Code, string Member)[] values)
    {
        EnumName = enumName;
        var codes = new string[values.Length];
        var members = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            codes[i] = values[i].Code;
            members[i] = values[i].Member;
            _members.Add(values[i].Code, values[i].Member);
        }

        Codes = codes;
        Members = members;
    }

    /// <summary>The runtime enum's name.</summary>
    public string EnumName { get; }

    /// <summary>The YAML spellings, in enum order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The enum members, in declaration order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>"one of a, b, c", for diagnostics.</summary>
    public string Expected => "one of " + string.Join(", ", Codes);

    public bool TryGetMember(string code, out string member) => _members.TryGetValue(code, out member!);

    /// <summary>The member's ordinal: its code in the compiled data.</summary>
    public int Ordinal(string member)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (Members[i] == member)
            {
                return i;
            }
        }

        throw new System.InvalidOperationException($"'{member}' is not a member of {EnumName} ({string.Join(", ", Members)}).");
    }
}
