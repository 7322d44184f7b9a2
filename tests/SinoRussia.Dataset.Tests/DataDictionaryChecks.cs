using System.Reflection;

namespace SinoRussia.Dataset.Tests;

/// <summary>The checks the data dictionary tests make of the keys of the schemas against the model: mapping failures, unaccounted properties.</summary>
internal static class DataDictionaryChecks
{
    /// <summary>Every key of the schemas under <paramref name="root"/>, section by section, in schema order.</summary>
    public static IReadOnlyList<DataDictionary.Field> Fields(string root) => DataDictionary.Analyse(root).SelectMany(s => s.Fields).ToList();

    /// <summary>
    /// Keys that do not become a member of the model as they should: no member, a list that is not a
    /// collection (or the reverse), a required key of a nullable member or an optional key of a
    /// non-nullable one (a list is never null: left out, it is empty), an enum that is not the member's
    /// vocabulary (<see cref="Codes.All{TEnum}"/>, in order), or an enum member without the schema's enum.
    /// </summary>
    public static List<string> MappingFailures(IReadOnlyList<DataDictionary.Field> fields)
    {
        var failures = new List<string>();
        foreach (var field in fields)
        {
            if (field.Mapping.Problem is { } problem)
            {
                failures.Add($"{field.Path}: {problem}");
                continue;
            }

            if (field.Mapping.NotCompiled is not null)
            {
                continue;
            }

            if (field.Mapping.Targets.Count == 0)
            {
                failures.Add($"{field.Path}: no member");
            }

            if (field.Mapping.AddedKey is not null)
            {
                // An added field: the record gives it by key, as the YAML spells it.
                var bag = field.Mapping.Targets.OfType<PropertyInfo>().Single();
                if (bag.PropertyType != typeof(IReadOnlyDictionary<string, string>) || field.IsArray || field.Required)
                {
                    failures.Add($"{field.Path}: an added field must be optional and single, in an IReadOnlyDictionary<string, string>, not {bag.PropertyType.Name}");
                }

                continue;
            }

            foreach (var property in field.Mapping.Targets.OfType<PropertyInfo>())
            {
                var member = DataDictionaryMembers.NameOf(property);
                var isCollection = DataDictionaryMembers.CollectionElement(property.PropertyType) is not null;
                if (field.IsArray != isCollection)
                {
                    failures.Add($"{field.Path}: {(field.IsArray ? "a list" : "not a list")}, but {member} is {(isCollection ? "a collection" : "not a collection")}");
                }

                var nullable = DataDictionaryMembers.IsNullable(property);
                // An optional key with a default is never null in the model: left out, it is the default.
                if (nullable != (!field.Required && !field.IsArray && field.Default is null))
                {
                    failures.Add($"{field.Path}: {(field.Required ? "required" : "optional")}, but {member} is {(nullable ? "nullable" : "not nullable")}");
                }

                var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                // A country is a string code by design; the schema lists the country table's codes, which must be exactly CameoActor's.
                var isCountryTable = field.AllowedValues.Order(StringComparer.Ordinal).SequenceEqual(CameoActor.Alpha3ByAlpha2.Keys.Order(StringComparer.Ordinal));
                if (isCountryTable && valueType != typeof(string))
                {
                    failures.Add($"{field.Path}: the schema lists the country codes, but {member} is no string");
                }
                else if (field.AllowedValues.Count > 0 && !isCountryTable)
                {
                    if (!valueType.IsEnum)
                    {
                        failures.Add($"{field.Path}: the schema gives an enum, but {member} is no enum");
                    }
                    else if (!Vocabulary(valueType).SequenceEqual(field.AllowedValues))
                    {
                        failures.Add($"{field.Path}: the schema's enum is {string.Join(", ", field.AllowedValues)}, but {member}'s codes are {string.Join(", ", Vocabulary(valueType))}");
                    }
                }
                else if (valueType.IsEnum && !field.IsArray)
                {
                    failures.Add($"{field.Path}: {member} is the enum {valueType.Name}, but the schema gives no enum");
                }
            }
        }

        return failures;
    }

    /// <summary>The public instance properties of the model types (and of every type a key maps into) that no key gives and are not listed as derived.</summary>
    public static List<string> Unaccounted(IReadOnlyList<DataDictionary.Field> fields)
    {
        var mapped = Mapped(fields);
        var derived = DataDictionaryMembers.Derived.Select(d => d.Member).Concat(DataDictionaryMembers.AddedFieldHomes).ToHashSet(StringComparer.Ordinal);
        var types = DataDictionaryMembers.ModelTypes
            .Concat(fields.SelectMany(f => f.Mapping.Via.Concat(f.Mapping.Targets.OfType<PropertyInfo>())).Select(p => p.DeclaringType!))
            .Where(t => t.Assembly == DataDictionaryMembers.ModelAssembly)
            .Distinct();
        return types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{t.Name}.{p.Name}"))
            .Where(member => !mapped.Contains(member) && !derived.Contains(member))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every property a key maps to, or passes through: <c>Meeting.Place</c>, <c>Place.City</c>.</summary>
    public static HashSet<string> Mapped(IReadOnlyList<DataDictionary.Field> fields)
        => fields.SelectMany(f => f.Mapping.Via.Concat(f.Mapping.Targets.OfType<PropertyInfo>()))
            .Select(p => DataDictionaryMembers.NameOf(p))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The YAML spellings of a vocabulary enum, in declaration order.</summary>
    private static IReadOnlyList<string> Vocabulary(Type enumType)
        => (IReadOnlyList<string>)typeof(Codes).GetMethod(nameof(Codes.All))!.MakeGenericMethod(enumType).Invoke(null, null)!;
}
