using System;
using System.Collections.Generic;

#if SINORUSSIA_GENERATOR
namespace SinoRussia.Dataset.Generator.Schema;
#else
namespace SinoRussia.Dataset;
#endif

/// <summary>What every closed vocabulary tells about itself, whatever its enum.</summary>
internal interface IVocabulary
{
    /// <summary>The enum's name, such as <c>MeetingFormat</c>.</summary>
    string EnumName { get; }

    /// <summary>The YAML key its values stand under, such as <c>format</c>.</summary>
    string YamlKey { get; }

    /// <summary>The YAML spellings, in the enum's declaration order.</summary>
    IReadOnlyList<string> Codes { get; }

    /// <summary>The enum members' names, in declaration order.</summary>
    IReadOnlyList<string> Members { get; }

    /// <summary>What a diagnostic says a value must be: <c>one of in-person, virtual, phone</c>.</summary>
    string Expected { get; }
}

/// <summary>
/// One closed vocabulary: each enum value with its one YAML spelling, in declaration order, so a
/// value's ordinal is its code in the compiled data. Shared source: the generator parses with it,
/// the runtime spells with it, the JSON Schemas and the data dictionary list it.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class Vocabulary<TEnum> : IVocabulary
    where TEnum : struct, Enum
{
    private readonly TEnum[] _values;
    private readonly string[] _codes;
    private readonly string[] _members;

    public Vocabulary(string yamlKey, params (TEnum Value, string Code)[] entries)
    {
        YamlKey = yamlKey;
        _values = new TEnum[entries.Length];
        _codes = new string[entries.Length];
        _members = new string[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            if (Convert.ToInt32(entries[i].Value, System.Globalization.CultureInfo.InvariantCulture) != i)
            {
                throw new ArgumentException($"{typeof(TEnum).Name}: entry {i} is {entries[i].Value}; entries go in declaration order from 0.", nameof(entries));
            }

            _values[i] = entries[i].Value;
            _codes[i] = entries[i].Code;
            _members[i] = entries[i].Value.ToString();
        }
    }

    public string EnumName => typeof(TEnum).Name;

    public string YamlKey { get; }

    public IReadOnlyList<string> Codes => _codes;

    public IReadOnlyList<string> Members => _members;

    public IReadOnlyList<TEnum> Values => _values;

    /// <summary>"one of a, b, c", for diagnostics.</summary>
    public string Expected => "one of " + string.Join(", ", _codes);

    /// <summary>The value a YAML spelling stands for (ordinal, case-sensitive).</summary>
    public bool TryParse(string code, out TEnum value)
    {
        for (var i = 0; i < _codes.Length; i++)
        {
            if (string.Equals(_codes[i], code, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The YAML spelling of a value; an undefined value throws, there is no fallback.</summary>
    public string ToCode(TEnum value)
    {
        var comparer = EqualityComparer<TEnum>.Default;
        for (var i = 0; i < _values.Length; i++)
        {
            if (comparer.Equals(_values[i], value))
            {
                return _codes[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");
    }
}
