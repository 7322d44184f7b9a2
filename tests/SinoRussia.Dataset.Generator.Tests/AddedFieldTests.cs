using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;
using SinoRussia.Dataset.Generator.Validation;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// Where an added field (<c>Field.Added</c>) may stand: the parser, the encoder and the runtime reader carry the
/// added fields of the stored records' shapes (every top-level list but topics) and of no other shape, so one
/// declared anywhere else would be allowed as a key and then dropped. SchemaChangeTests (package tests) adds one
/// and follows it through every layer.
/// </summary>
public class AddedFieldTests
{
    [Fact]
    public void The_schema_declares_added_fields_only_where_they_are_carried()
        => Misplaced(DatasetSchema.Sections).ShouldBeEmpty();

    [Fact]
    public void An_added_field_in_a_nested_shape_or_in_topics_is_found()
    {
        var place = new Shape(Field.Of(Keys.City, FieldKind.Text), Field.Added("district", FieldKind.Text, "A district."));
        var meeting = new Shape(Field.Of(Keys.Id, FieldKind.Id, required: true), Field.Mapping(Keys.Place, place),
            Field.List(Keys.Participants, Field.Mapping(Keys.Participants, new Shape(Field.Added("seat", FieldKind.FreeText, "A seat.")))),
            Field.Added("announced", FieldKind.DateValue, "Announced."));
        var topic = new Shape(Field.Of(Keys.Id, FieldKind.Id, required: true), Field.Added("colour", FieldKind.Text, "A colour."));

        Misplaced(new[] { new Section(Keys.Meetings, meeting, "meetings"), new Section(Keys.Topics, topic, "topics") })
            .ShouldBe(new[] { "meetings[].place.district", "meetings[].participants[].seat", "topics[].colour" }, ignoreOrder: true);
    }

    [Theory]
    [InlineData(nameof(FieldKind.Id))]
    [InlineData(nameof(FieldKind.Reference))]
    [InlineData(nameof(FieldKind.Mapping))]
    [InlineData(nameof(FieldKind.List))]
    [InlineData(nameof(FieldKind.Time))]
    [InlineData(nameof(FieldKind.Vocabulary))]
    public void An_added_field_of_a_kind_the_checks_cannot_check_alone_is_refused(string kindName)
    {
        var kind = Enum.Parse<FieldKind>(kindName);
        Should.Throw<ArgumentException>(() => Field.Added("x", kind, "X.")).Message.ShouldContain(kindName);
    }

    [Fact]
    public void Added_fields_are_optional_and_listed_by_their_shape_in_order()
    {
        var shape = new Shape(Field.Added("b", FieldKind.Text, "B."), Field.Of(Keys.Id, FieldKind.Id, required: true), Field.Added("a", Vocabularies.Roles, "A."));
        shape.AddedFields.Select(f => f.Key).ShouldBe(new[] { "b", "a" });
        shape.AddedFields.ShouldAllBe(f => !f.Required && f.IsAdded);
        shape.Keys.ShouldContain("a");
    }

    [Theory]
    [InlineData("Country", "GB", null)]
    [InlineData("Country", "UK", "SRD0005|UK|did you mean GB")]
    [InlineData("Country", "ZZ", "SRD0005|ZZ|alpha-2")]
    [InlineData("DateValue", "2025-02", null)]
    [InlineData("DateValue", "2025-02-30", "SRD0006|2025-02-30")]
    [InlineData("DateValue", "soon", "SRD0006|soon")]
    [InlineData("Text", "Moscow", null)]
    [InlineData("Text", "  ", "SRD0005|not blank")]
    [InlineData("FreeText", "", null)]
    [InlineData("Vocabulary", "observer", "SRD0005|observer|host, guest, participant")]
    [InlineData("Vocabulary", "guest", null)]
    public void An_added_fields_value_is_checked_by_its_kind(string kindName, string value, string? expected)
    {
        var kind = Enum.Parse<FieldKind>(kindName);
        var field = kind == FieldKind.Vocabulary ? Field.Added("part", Vocabularies.Roles, "A part.") : Field.Added("extra", kind, "Extra.");
        var located = new Located(value, new ValueRef("data/x.yaml", 0, 0), new YamlPath("meetings[0]", field.Key));

        var problem = AddedFieldCheck.Check(field, located);

        if (expected is null)
        {
            problem.ShouldBeNull();
            return;
        }

        problem.ShouldNotBeNull();
        var parts = expected.Split('|');
        problem.Id.ShouldBe(parts[0]);
        var text = string.Join(" ", problem.Arguments);
        text.ShouldContain("meetings[0]." + field.Key);
        foreach (var part in parts.Skip(1))
        {
            text.ShouldContain(part);
        }
    }

    private static List<string> Misplaced(IEnumerable<Section> sections)
    {
        var found = new List<string>();
        foreach (var section in sections)
        {
            if (section.Key == Keys.Topics)
            {
                found.AddRange(section.Item.AddedFields.Select(f => $"{section.Key}[].{f.Key}"));
            }

            foreach (var field in section.Item.Fields)
            {
                Nested(field, $"{section.Key}[].{field.Key}", found);
            }
        }

        return found;
    }

    private static void Nested(Field field, string path, List<string> found)
    {
        var shape = field.Shape ?? field.Item?.Shape;
        if (shape is null)
        {
            return;
        }

        var prefix = field.Kind == FieldKind.List ? path + "[]" : path;
        found.AddRange(shape.AddedFields.Select(f => $"{prefix}.{f.Key}"));
        foreach (var inner in shape.Fields)
        {
            Nested(inner, $"{prefix}.{inner.Key}", found);
        }
    }
}
