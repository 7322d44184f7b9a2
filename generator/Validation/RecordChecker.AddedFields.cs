using System.Collections.Generic;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Validation;

internal sealed partial class RecordChecker
{
    /// <summary>
    /// The values of a record's added fields (<see cref="Field.IsAdded"/>) that pass <see cref="AddedFieldCheck"/>;
    /// each that does not is reported at its YAML line and left out of the model.
    /// </summary>
    private EquatableArray<AddedValue> AddedFields(RawRecord record, Shape shape)
    {
        if (record.Added.Count == 0)
        {
            return EquatableArray<AddedValue>.Empty;
        }

        var values = new List<AddedValue>(record.Added.Count);
        foreach (var added in record.Added)
        {
            if (AddedFieldCheck.Check(shape[added.Key]!, added.Value) is { } problem)
            {
                _diagnostics.Add(problem);
            }
            else
            {
                values.Add(new AddedValue(added.Key, added.Value.Value));
            }
        }

        return values.ToEquatableArray();
    }
}
