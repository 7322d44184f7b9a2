#if SINORUSSIA_GENERATOR
namespace SinoRussia.Dataset.Generator.Schema;
#else
namespace SinoRussia.Dataset;
#endif

/// <summary>
/// The JSON export's property names where they are not the YAML key (<see cref="Keys"/>): a reference
/// to one record is the key with <c>Id</c> (<c>speaker</c> → <c>speakerId</c>), a meeting's date is
/// flattened, and a participant carries the post held that day. The export's writer and its JSON
/// Schema both name properties through this class.
/// </summary>
internal static class JsonNames
{
    public const string SourceIds = "sourceIds";
    public const string DatePrecision = "datePrecision";
    public const string DateBasis = "dateBasis";
    public const string DateNote = "dateNote";
    public const string Post = "post";

    /// <summary>The property of a reference to one record: <c>speaker</c> → <c>speakerId</c>.</summary>
    public static string Reference(string key) => key + "Id";
}
