using System.Reflection;
using System.Runtime.CompilerServices;
using SinoRussia.Dataset.Tool.Drafting;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>
/// The drafting stages hand on immutable values: no stage can change what an earlier one returned (a
/// mention, a sentence, an attribution, a meeting or quote candidate, the header) or what a later one
/// reads. Every property of every drafting type is get-only or init-only, none is a mutable
/// collection, and no static field another type can reach is one.
/// </summary>
public class DraftingImmutabilityTests
{
    private static readonly Type[] MutableCollections = { typeof(List<>), typeof(HashSet<>), typeof(Dictionary<,>), typeof(SortedSet<>), typeof(Queue<>), typeof(Stack<>) };

    [Fact]
    public void No_drafting_type_has_a_setter_or_a_mutable_collection()
    {
        var types = typeof(Draft).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Draft).Namespace && !t.Name.Contains('<', StringComparison.Ordinal))
            .ToList();
        types.Count.ShouldBeGreaterThan(30);
        var wrong = new List<string>();
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    wrong.Add($"{type.Name}.{property.Name} has a setter");
                }

                var propertyType = property.PropertyType;
                if (propertyType.IsArray || (propertyType.IsGenericType && MutableCollections.Contains(propertyType.GetGenericTypeDefinition())))
                {
                    wrong.Add($"{type.Name}.{property.Name} is a mutable collection ({propertyType.Name})");
                }
            }
        }

        // Nor a word list or table another stage could change: no static field visible outside its type is
        // an array or a mutable collection.
        foreach (var type in types)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(f => !f.IsPrivate))
            {
                var fieldType = field.FieldType;
                if (fieldType.IsArray || (fieldType.IsGenericType && MutableCollections.Contains(fieldType.GetGenericTypeDefinition())))
                {
                    wrong.Add($"{type.Name}.{field.Name} is a mutable collection ({fieldType.Name})");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }
}
