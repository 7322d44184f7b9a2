// The compiled tables' format version, shared by the generator's encoder and the runtime's reader (one
// definition: a table written in one format is refused by a reader of another, with a message).
#if SINORUSSIA_GENERATOR
namespace SinoRussia.Dataset.Generator.Schema;
#else
namespace SinoRussia.Dataset;
#endif

/// <summary>The version of the compiled tables' byte layout.</summary>
internal static class StorageFormat
{
    /// <summary>
    /// 3: a table is segments (one per YAML file that gives it records, each its records and strings)
    /// and an order stream that merges them. 2: a quote's details end with its speaker attribution.
    /// </summary>
    public const int Version = 3;
}
