using System.Reflection;
using System.Text;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The generated per-record members (<c>Meetings.PutinWangYi2025_04_01</c>, <c>Topic.Brics</c>) are
/// public API that follows the data, so the PublicAPI analyzer does not track them. This list does:
/// renaming a record's id renames its member, which breaks a user's build, and that shows here as a
/// diff of src/SinoRussia.Dataset/PublicAPI.Data.txt to review.
/// </summary>
public class NamedMembersApiTests
{
    private const string RelativePath = "src/SinoRussia.Dataset/PublicAPI.Data.txt";

    [Fact]
    public void Every_named_member_of_the_shipped_data_is_listed()
    {
        var lines = new List<string>();
        foreach (var type in new[] { typeof(Sources), typeof(Organisations), typeof(Mechanisms), typeof(Officials), typeof(Meetings), typeof(Quotes) })
        {
            var recordType = type.GetProperty("All")!.PropertyType.GetGenericArguments().Single();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == recordType))
            {
                var id = recordType.GetProperty("Id")!.GetValue(property.GetValue(null));
                lines.Add($"{type.Name}.{property.Name} = {id}");
            }
        }

        lines.AddRange(Enum.GetValues<Topic>().Select(t => $"Topic.{t} = {Topics.IdOf(t)}"));
        lines.Count.ShouldBe(Sources.All.Count + Organisations.All.Count + Mechanisms.All.Count + Officials.All.Count + Meetings.All.Count + Quotes.All.Count + Enum.GetValues<Topic>().Length,
            "one named member per shipped record");
        lines.Sort(StringComparer.Ordinal);
        var rendered = new StringBuilder("# The generated per-record members of the shipped data (member = id). Tested: a renamed id is a renamed member, a breaking change.\n")
            .AppendJoin("\n", lines).Append('\n').ToString();
        GeneratedDocument.ShouldBeCurrent(RelativePath, rendered, GeneratedDocument.UpdateVariable + "=1 dotnet test tests/SinoRussia.Dataset.Tests --filter NamedMembersApiTests", normaliseLineEndings: true);
    }
}
