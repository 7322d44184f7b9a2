using System.Collections.Generic;
using System.Linq;
using SinoRussia.Dataset.Generator.Model;
using static SinoRussia.Dataset.Generator.Emission.CSharpEmbedding;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>The topic vocabulary as the pipeline caches it (the shipped library only: projects that extend the data use the shipped enum).</summary>
internal sealed record TopicsModel(string Namespace, EquatableArray<TopicModel> Topics);

/// <summary>Writes <c>Topics.g.cs</c>: the <c>Topic</c> enum and its ids, names and lookup.</summary>
internal static class TopicsEmitter
{
    public const string HintName = "Topics.g.cs";

    public static string Emit(TopicsModel model)
    {
        var w = new CodeWriter();
        w.Line(Scope.Header);
        w.Open($"namespace {model.Namespace}");
        w.Line("/// <summary>The topic vocabulary of the dataset.</summary>");
        w.Open("public enum Topic");
        foreach (var topic in model.Topics)
        {
            Scope.Doc(w, $"{DocText(topic.Name)} (<c>{DocText(topic.Id)}</c>).");
            w.Line($"{topic.MemberName},");
        }

        w.Close();
        w.Line();
        w.Line("/// <summary>Ids, names and lookups for <see cref=\"Topic\"/>.</summary>");
        w.Open("public static partial class Topics");
        Scope.Doc(w, "Every topic, in the order of the enum.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<Topic> All {{ get; }} = global::System.Array.AsReadOnly(new Topic[] {{ {string.Join(", ", model.Topics.Select(t => "Topic." + t.MemberName))} }});");
        Scope.Doc(w, "The YAML id of <paramref name=\"topic\"/>.");
        w.Line("/// <param name=\"topic\">The topic.</param>");
        Switch(w, "string IdOf(Topic topic)", model.Topics.Select(t => (t.MemberName, StringLiteral(t.Id))));
        Scope.Doc(w, "The display name of <paramref name=\"topic\"/>.");
        w.Line("/// <param name=\"topic\">The topic.</param>");
        Switch(w, "string NameOf(Topic topic)", model.Topics.Select(t => (t.MemberName, StringLiteral(t.Name))));
        Scope.Doc(w, "The topic with the YAML id <paramref name=\"id\"/>.");
        w.Line("/// <param name=\"id\">The YAML id, such as <c>ukraine-crisis</c>.</param>");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No topic has that id.</exception>");
        w.Open("public static Topic ById(string id)");
        w.Open("switch (id)");
        foreach (var topic in model.Topics)
        {
            w.Line($"case {StringLiteral(topic.Id)}: return Topic.{topic.MemberName};");
        }

        w.Line("default: throw new global::System.Collections.Generic.KeyNotFoundException(\"No topic has the id '\" + id + \"'.\");");
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void Switch(CodeWriter w, string signature, IEnumerable<(string Member, string Value)> cases)
    {
        w.Open($"public static {signature}");
        w.Open("switch (topic)");
        foreach (var (member, value) in cases)
        {
            w.Line($"case Topic.{member}: return {value};");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(topic));");
        w.Close();
        w.Close();
    }
}
