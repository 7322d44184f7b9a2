using System.Reflection;

namespace SinoRussia.Dataset.Tests;

/// <summary>Maps each YAML key to the C# member it becomes, by reflection: the naming rule, its exceptions and the derived members.</summary>
/// <remarks>
/// Each key is matched to its member by one naming rule (see <see cref="ToPascalCase"/> and <see cref="Map"/>), with the
/// few keys the rule does not cover listed in <see cref="MemberRules"/> (a different member) or <see cref="NotCompiled"/>
/// (no member), each with its reason; the public properties of the model that no key gives are listed in
/// <see cref="Derived"/>. DataDictionaryTests holds the three lists to the schemas and the model, so a field added on one
/// side only fails a test.
/// </remarks>
internal static class DataDictionaryMembers
{
    /// <summary>The assembly whose public types the YAML compiles to.</summary>
    public static Assembly ModelAssembly => typeof(Meeting).Assembly;

    public static string ModelNamespace => typeof(Meeting).Namespace!;

    /// <summary>The model types every public instance property of which must come from a YAML key or be listed in <see cref="Derived"/>.</summary>
    public static readonly IReadOnlyList<Type> ModelTypes =
    [
        typeof(Source), typeof(Organisation), typeof(Mechanism), typeof(Official), typeof(Position), typeof(Meeting), typeof(Place),
        typeof(Participant), typeof(Quote), typeof(PartialDate),
    ];

    /// <summary>
    /// Keys whose C# member the naming rule does not give, by YAML path: the members they become instead
    /// (declared on <see cref="MemberRule.Owner"/>), and why.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, MemberRule> MemberRules = new Dictionary<string, MemberRule>(StringComparer.Ordinal)
    {
        ["officials[].positions[].start.value"] = DateValue(),
        ["officials[].positions[].end.value"] = DateValue(),
        ["meetings[].date.value"] = DateValue(),
        ["meetings[].date.note"] = new(typeof(Meeting), ["DateNote"],
            "`PartialDate` is a plain date, shared with posts and sources: how a meeting's date is known is a property of the meeting."),
        ["meetings[].date.basis"] = new(typeof(Meeting), ["DateBasis"],
            "`PartialDate` is a plain date, shared with posts and sources: whether a meeting's date is stated, from a dateline or inferred is a property of the meeting."),
        ["topics[].id"] = new(typeof(Topics), ["IdOf", "ById"],
            "Topics compile to the `Topic` enum, one member per id (`bilateral-relations` → `Topic.BilateralRelations`), not to a class: "
            + "`Topics.IdOf` gives a member's id and `Topics.ById` the member of an id."),
        ["topics[].name"] = new(typeof(Topics), ["NameOf"], "Topics compile to the `Topic` enum: `Topics.NameOf` gives a member's name."),
    };

    /// <summary>Keys the schemas allow but the model does not keep, by YAML path, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotCompiled = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["officials[].positions[].start.note"] = PostDateNote,
        ["officials[].positions[].end.note"] = PostDateNote,
    };

    /// <summary>Public properties of the model that no YAML key gives, and what they are.</summary>
    public static readonly IReadOnlyList<(string Member, string Why)> Derived =
    [
        ("Source.Quotes", "Reverse navigation: the quotes whose `source` is this source."),
        ("Official.Meetings", "Reverse navigation: the meetings the official is a participant of (`meetings[].participants[].official`), by date."),
        ("Official.Quotes", "Reverse navigation: the quotes whose `speaker` is this official."),
        ("Meeting.Quotes", "Reverse navigation: the quotes whose `meeting` is this meeting."),
        ("Participant.MeetingDate", "The meeting's `date`, carried by each of its participants."),
        ("Participant.Post", "Derived from the official's `positions`: the post held on the meeting date, the latest taken up if several (`Official.PostOn`)."),
        ("Participant.Posts", "Derived from the official's `positions`: every post held on the meeting date (`Official.PostsOn`)."),
        ("PartialDate.Earliest", "Computed from the date's value and precision: the first day it may stand for."),
        ("PartialDate.Latest", "Computed from the date's value and precision: the last day it may stand for."),
    ];

    private const string PostDateNote =
        "The generator reads a note on a post's start or end date, but neither `PartialDate` nor `Position` has a member for it, "
        + "so it is not compiled in (and not exported); the post's own `note` (`Position.Note`) is kept.";

    /// <summary>A different member for a key, declared on <paramref name="Owner"/>, and why.</summary>
    public sealed record MemberRule(Type Owner, IReadOnlyList<string> Members, string Why);

    /// <summary>
    /// The C# a key becomes: the members <paramref name="Targets"/>, reached from the record through the
    /// properties <paramref name="Via"/>; or nothing, with the reason it is <paramref name="NotCompiled"/> or
    /// the <paramref name="Problem"/>. <paramref name="ChildType"/> is where the keys of a nested mapping are looked up.
    /// </summary>
    public sealed record Mapping(IReadOnlyList<PropertyInfo> Via, IReadOnlyList<MemberInfo> Targets, string? NotCompiled, string? Problem, Type? ChildType)
    {
        /// <summary>For an added field of the schema (<c>Field.IsAdded</c>): its key in the record's <c>AdditionalFields</c>, the one target.</summary>
        public string? AddedKey { get; init; }
    }

    /// <summary>The property that holds a record's added fields by key.</summary>
    public const string AdditionalFieldsProperty = "AdditionalFields";

    /// <summary>
    /// The records' <c>AdditionalFields</c>: where the schema's added fields (<c>Field.Added</c>) are given by key. Accounted
    /// for whether or not the schema has added fields today: they are the home of any it gets.
    /// </summary>
    public static IReadOnlyList<string> AddedFieldHomes => ModelTypes
        .Where(t => t.GetProperty(AdditionalFieldsProperty, BindingFlags.Public | BindingFlags.Instance) is not null)
        .Select(t => $"{t.Name}.{AdditionalFieldsProperty}")
        .ToList();

    /// <summary>
    /// The naming rule for a key: a camelCase key becomes the PascalCase property of the same name
    /// (first letter upper-cased: <c>titleInSource</c> → <c>TitleInSource</c>).
    /// </summary>
    public static string ToPascalCase(string key) => key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];

    /// <summary>The naming rule for a section: its records are the type named by its singular (<c>meetings</c> → <c>Meeting</c>).</summary>
    public static string RecordTypeName(string section) => ToPascalCase(section.EndsWith('s') ? section[..^1] : section);

    /// <summary>The element type of a collection (but not of a string), else null.</summary>
    public static Type? CollectionElement(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    /// <summary>Whether a property's value may be null (a nullable reference, or <see cref="Nullable{T}"/>).</summary>
    public static bool IsNullable(PropertyInfo property) => new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;

    /// <summary>The property a <see cref="Derived"/> entry (<c>Type.Member</c>) names, or null.</summary>
    public static PropertyInfo? Property(string member)
    {
        var dot = member.IndexOf('.', StringComparison.Ordinal);
        var type = dot > 0 ? ModelAssembly.GetType($"{ModelNamespace}.{member[..dot]}") : null;
        return type?.GetProperty(member[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance);
    }

    /// <summary><c>Meeting.Place</c>, <c>Topics.IdOf(Topic)</c>.</summary>
    public static string NameOf(MemberInfo member) => member is MethodInfo method
        ? $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})"
        : $"{member.DeclaringType!.Name}.{member.Name}";

    /// <summary>The C# member of a key: an exception, not compiled, or the naming rule on <paramref name="owner"/>.</summary>
    public static Mapping Map(string path, string key, Type? recordType, IReadOnlyList<PropertyInfo> via, Type? owner)
    {
        if (NotCompiled.TryGetValue(path, out var reason))
        {
            return new Mapping(via, [], reason, null, null);
        }

        if (MemberRules.TryGetValue(path, out var rule))
        {
            var targets = new List<MemberInfo>();
            foreach (var name in rule.Members)
            {
                var members = rule.Owner.GetMember(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
                if (members.Length != 1)
                {
                    return new Mapping(via, [], null, $"the exception for {path} names {rule.Owner.Name}.{name}, which is not exactly one public member", null);
                }

                targets.Add(members[0]);
            }

            var childType = targets is [PropertyInfo single] ? ElementOrSelf(single.PropertyType) : null;
            return new Mapping(PrefixFor(rule.Owner, recordType, via), targets, null, null, childType);
        }

        // An added field of a record (the schema's Field.Added) has no member of its own: the record gives it by key.
        if (owner is not null && owner == recordType && IsAddedField(path))
        {
            var additional = owner.GetProperty(AdditionalFieldsProperty, BindingFlags.Public | BindingFlags.Instance);
            return additional is null
                ? new Mapping(via, [], null, $"{path} is an added field, but {owner.Name} has no public property {AdditionalFieldsProperty}", null)
                : new Mapping(via, [additional], null, null, null) { AddedKey = key };
        }

        if (owner is null)
        {
            return new Mapping(via, [], null, $"{path} has no C# type to be looked up on: its record or its parent key maps to no type", null);
        }

        var property = owner.GetProperty(ToPascalCase(key), BindingFlags.Public | BindingFlags.Instance);
        return property is null
            ? new Mapping(via, [], null, $"{owner.Name} has no public property {ToPascalCase(key)} (the naming rule), and {path} is not an exception", null)
            : new Mapping(via, [property], null, null, ElementOrSelf(property.PropertyType));
    }

    /// <summary>Whether <paramref name="path"/> (<c>meetings[].agenda</c>) is a field the schema declares with <c>Field.Added</c>.</summary>
    public static bool IsAddedField(string path)
    {
        var open = path.IndexOf("[].", StringComparison.Ordinal);
        if (open < 0 || path.IndexOf('.', open + 3) >= 0)
        {
            return false;
        }

        return DatasetSchema.ItemOf(path[..open]) is { } shape && shape[path[(open + 3)..]] is { IsAdded: true };
    }

    /// <summary>
    /// The properties that lead to an exception's owner: none when the owner is the record's type, the
    /// path down to the nearest property of the owner's type, none for a static helper (<c>Topics</c>).
    /// </summary>
    private static IReadOnlyList<PropertyInfo> PrefixFor(Type owner, Type? recordType, IReadOnlyList<PropertyInfo> via)
    {
        if (owner == recordType)
        {
            return [];
        }

        for (var i = via.Count - 1; i >= 0; i--)
        {
            if (ElementOrSelf(via[i].PropertyType) == owner)
            {
                return via.Take(i + 1).ToList();
            }
        }

        return [];
    }

    /// <summary>The type a nested mapping's keys are looked up on: the element of a list, the value of a <see cref="Nullable{T}"/>.</summary>
    private static Type ElementOrSelf(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return CollectionElement(value) ?? value;
    }

    private static MemberRule DateValue() => new(typeof(PartialDate), ["Year", "Month", "Day"],
        "A date string becomes the parts of a `PartialDate`; its form (YYYY-MM-DD, YYYY-MM or YYYY) must match `precision`.");

    /// <summary>A property's C# type as declared: <c>string?</c>, <c>PartialDate?</c>, <c>IReadOnlyList&lt;Source&gt;</c>.</summary>
    public static string TypeName(PropertyInfo property)
    {
        var name = TypeName(property.PropertyType);
        return !property.PropertyType.IsValueType && IsNullable(property) ? name + "?" : name;
    }

    private static string TypeName(Type type)
    {
        if (type == typeof(string))
        {
            return "string";
        }

        if (type == typeof(int))
        {
            return "int";
        }

        if (type == typeof(bool))
        {
            return "bool";
        }

        if (Nullable.GetUnderlyingType(type) is { } value)
        {
            return TypeName(value) + "?";
        }

        if (type.IsGenericType)
        {
            var name = type.Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            return (tick > 0 ? name[..tick] : name) + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return type.Name;
    }
}
