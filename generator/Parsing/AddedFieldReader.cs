using System.Collections.Generic;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// Reads the values of a record's added fields (<see cref="Field.IsAdded"/>): the keys its shape declares
/// with <c>Field.Added</c>, in the shape's order. Nothing here names a field: the schema's line is all a new
/// field needs for its key to be allowed and its value read.
/// </summary>
internal static class AddedFieldReader
{
    public static EquatableArray<RawAddedField> Read(YamlMappingReader item, Shape shape)
    {
        if (shape.AddedFields.Count == 0)
        {
            return EquatableArray<RawAddedField>.Empty;
        }

        var values = new List<RawAddedField>();
        foreach (var field in shape.AddedFields)
        {
            if (item.Optional(field.Key) is { } value)
            {
                values.Add(new RawAddedField(field.Key, value));
            }
        }

        return values.ToEquatableArray();
    }
}
