using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SinoRussia.Dataset;

/// <summary>
/// What the details of every stored record have besides their own fields: the values of the schema's
/// added fields (<c>Field.IsAdded</c>), by YAML key, read by <c>Storage/RecordReader</c> after the record's
/// own fields.
/// </summary>
internal abstract class RecordDetails
{
    /// <summary>The empty values, shared.</summary>
    public static readonly IReadOnlyDictionary<string, string> NoAdditionalFields = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> AdditionalFields { get; set; } = NoAdditionalFields;
}
