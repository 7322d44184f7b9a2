using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SinoRussia.Dataset.Generator.Diagnostics;

/// <summary>
/// The diagnostics catalogue. Every ID has a section in docs/diagnostics.md (its help link) and an
/// entry in AnalyzerReleases.*.md. Messages name the offending value and, where there is one, the
/// YAML path.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "SinoRussia.Dataset";
    public const string HelpLinkBase = "https://github.com/sinorussia/SinoRussia.Dataset/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error(
        "SRD0001", "YAML syntax error", "YAML syntax error in '{0}': {1}");

    public static readonly DiagnosticDescriptor UnexpectedNodeType = Error(
        "SRD0002", "Unexpected YAML node", "'{0}' must be {1}, but it is {2}");

    public static readonly DiagnosticDescriptor MissingRequiredField = Error(
        "SRD0003", "Missing required field", "'{0}' is missing the required field '{1}'");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "SRD0004", "Unknown key", "'{0}' has the unknown key '{1}'{2}; expected one of: {3}");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "SRD0005", "Invalid value", "'{0}' has the invalid value '{1}'; expected {2}");

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "SRD0006", "Invalid date", "'{0}' has the invalid date '{1}': {2}");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "SRD0007", "Duplicate id", "'{0}': the {1} id '{2}' is already used at {3}");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "SRD0008", "Unknown reference", "'{0}' refers to the unknown {1} '{2}'{3}");

    public static readonly DiagnosticDescriptor NotVerbatim = Error(
        "SRD0009", "Text not verbatim in its source", "'{0}': the {1} does not occur verbatim in source '{2}' ({3}); closest passage: \"{4}\"");

    public static readonly DiagnosticDescriptor MissingSourceDocument = Error(
        "SRD0010", "Source document not found", "'{0}': source '{1}' names the file '{2}', but no AdditionalFiles item with that name is marked as a source text");

    public static readonly DiagnosticDescriptor NoPostOnMeetingDate = Warning(
        "SRD0011", "Participant holds no post on the meeting date", "'{0}': '{1}' holds no recorded post on {2}");

    public static readonly DiagnosticDescriptor MemberNameCollision = Error(
        "SRD0012", "Two ids map to the same member name", "'{0}': the {1} id '{2}' maps to the member name '{3}', which '{4}' already uses");

    public static readonly DiagnosticDescriptor EndBeforeStart = Error(
        "SRD0013", "Post ends before it starts", "'{0}': the post ends on {1}, before it starts on {2}");

    public static readonly DiagnosticDescriptor UnexpectedFailure = Error(
        "SRD0014", "The dataset file could not be processed", "'{0}' could not be processed: {1}");

    public static readonly DiagnosticDescriptor EmptyFile = Warning(
        "SRD0015", "Dataset file holds no records", "'{0}' is marked as dataset YAML but holds no records");

    public static readonly DiagnosticDescriptor NotUtf8 = Error(
        "SRD0016", "File is not UTF-8", "'{0}' is not valid UTF-8 ({1}); save it as UTF-8");

    public static readonly DiagnosticDescriptor AnchorsNotSupported = Error(
        "SRD0017", "Anchors and aliases are not supported", "'{0}' uses a YAML anchor or alias; dataset YAML must spell every value out");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "SRD0018", "YAML nested too deeply", "'{0}' nests mappings and lists more than {1} levels deep");

    public static readonly DiagnosticDescriptor TopicsNotExtensible = Error(
        "SRD0019", "The topic vocabulary cannot be extended", "'{0}': the topic '{1}' is not in the shipped vocabulary; a project that extends the dataset uses the shipped topics (see Topics.All)");

    public static readonly DiagnosticDescriptor QuoteDoesNotFitMeeting = Warning(
        "SRD0020", "Quote does not fit its meeting", "'{0}': {1} is not {2} of meeting '{3}'");

    public static readonly DiagnosticDescriptor NamedMembersOmitted = Create(
        "SRD0021", "Named members not generated for a large table",
        "The {0} table has {1} records, more than {2}: its records get no named members (look them up with ById, which works for every record); set the MSBuild property SinoRussiaDatasetNamedMembers to 'all' to generate them anyway, at a cost in build time and assembly size",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InternalFailure = Error(
        "SRD0022", "Internal error in the SinoRussia.Dataset generator",
        "The generator failed while {0} ({1} in {2}): this is a bug in SinoRussia.Dataset, not a problem with your data; please report it with the input");

    public static readonly DiagnosticDescriptor CannotCheckVerbatim = Warning(
        "SRD0023", "Text cannot be checked against its source",
        "'{0}': the {1} cites the source '{2}', whose text is not available to this build, so it is not checked verbatim; add the document's text as an AdditionalFiles item with SinoRussiaDataset=\"source\" (in a project that extends the dataset: SinoRussiaData/{3})");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        YamlSyntaxError, UnexpectedNodeType, MissingRequiredField, UnknownKey, InvalidValue, InvalidDate,
        DuplicateId, UnknownReference, NotVerbatim, MissingSourceDocument, NoPostOnMeetingDate,
        MemberNameCollision, EndBeforeStart, UnexpectedFailure, EmptyFile, NotUtf8, AnchorsNotSupported, NestingTooDeep,
        TopicsNotExtensible, QuoteDoesNotFitMeeting, NamedMembersOmitted, InternalFailure, CannotCheckVerbatim,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
