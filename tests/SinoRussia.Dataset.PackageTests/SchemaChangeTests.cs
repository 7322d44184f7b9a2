using System.Text.Json;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>
/// Issue 16's "one place": in a copy of the repository, a new optional field of a meeting (<c>announced</c>, a
/// date) is one line of <c>schema/DatasetSchema.cs</c>, and a new value of a vocabulary (the participant role
/// <c>observer</c>) is its enum member and spelling in <c>schema/Vocabularies.cs</c>, plus the line of
/// <c>PublicAPI.Unshipped.txt</c> the public API analyzer asks for (a new enum member is a public API change,
/// and meant to be seen as one). Nothing else is edited but the data. Then, built as a contributor builds:
/// the parser rejects both before the schema has them and accepts them after; the checks report a bad date
/// at its YAML line; the compiled data stores and the runtime records read them back, for the curated data
/// and for an extension's; the JSON Schemas, the JSON export, the CSV tables with their datapackage.json, the
/// static site's pages and the data dictionary (docs/data-model.md, its tests passing on the changed schema) all carry them.
/// The values are made up for the test; the copy is thrown away.
/// </summary>
public class SchemaChangeTests
{
    private const string MeetingId = "xi-putin-virtual-2022-12-30";
    private const string ObserverMeetingId = "wang-yi-patrushev-2023-02-21";
    private const string ExtensionMeetingId = "putin-wang-yi-2023-02-22";

    [Fact]
    public void A_new_optional_field_and_a_new_vocabulary_value_declared_in_the_schema_reach_every_layer()
    {
        using var copy = new SourceCopy(PackedPackage.RepositoryRoot);

        // The data: an announced date on one meeting (curated) and on the sample's extension meeting, one guest made an observer.
        var announcedLine = copy.InsertBefore("data/meetings.yaml", MeetingId, "    format: virtual\n", "    announced: \"2022-12-41\"\n");
        var observerLine = copy.ReplaceFirst("data/meetings.yaml", ObserverMeetingId, "role: guest", "role: observer");
        copy.InsertBefore("samples/SinoRussia.Dataset.Sample/SinoRussiaData/extra-meetings.yaml", ExtensionMeetingId, "    format: in-person\n",
            "    announced: \"2023-02-21\"\n");

        // Before the schema has them: the parser does not know the key, the checks do not know the value.
        var before = copy.Build("src/SinoRussia.Dataset/SinoRussia.Dataset.csproj");
        before.ExitCode.ShouldNotBe(0, before.Output);
        before.Output.ShouldMatch($@"meetings\.yaml\({announcedLine},\d+\): error SRD0004: [^\n]*announced");
        before.Output.ShouldMatch($@"meetings\.yaml\({observerLine},\d+\): error SRD0005: [^\n]*observer");

        // The one line of the field, and the value in the vocabulary's one home.
        copy.ReplaceOnce("schema/DatasetSchema.cs", "        Field.Of(Keys.Occasion, FieldKind.Text),\n",
            "        Field.Of(Keys.Occasion, FieldKind.Text),\n        Field.Added(\"announced\", FieldKind.DateValue, \"When the meeting was announced.\"),\n");
        copy.ReplaceOnce("schema/Vocabularies.cs", "    Participant,\n}", "    Participant,\n\n    /// <summary>Attended without a part of its own.</summary>\n    Observer,\n}");
        copy.ReplaceOnce("schema/Vocabularies.cs", "(ParticipantRole.Participant, \"participant\"));", "(ParticipantRole.Participant, \"participant\"), (ParticipantRole.Observer, \"observer\"));");
        copy.Append("src/SinoRussia.Dataset/PublicAPI.Unshipped.txt", "SinoRussia.Dataset.ParticipantRole.Observer = 3 -> SinoRussia.Dataset.ParticipantRole\n");

        // The checks: the field's kind is a date, so 2022-12-41 is SRD0006 at its line; the key and the role are known now.
        var bad = copy.Build("src/SinoRussia.Dataset/SinoRussia.Dataset.csproj");
        bad.ExitCode.ShouldNotBe(0, bad.Output);
        bad.Output.ShouldMatch($@"meetings\.yaml\({announcedLine},\d+\): error SRD0006: [^\n]*2022-12-41");
        bad.Output.ShouldNotContain("SRD0004");
        bad.Output.ShouldNotContain("SRD0005");

        copy.ReplaceOnce("data/meetings.yaml", "announced: \"2022-12-41\"", "announced: \"2022-12\"");
        copy.Build("src/SinoRussia.Dataset.Tool/SinoRussia.Dataset.Tool.csproj").ShouldSucceed();

        // The JSON Schemas, written by the tool from the changed definition.
        copy.Tool("schema", Path.Combine(copy.Location, "data", "schema")).ShouldSucceed();
        using (var meetingsSchema = JsonDocument.Parse(copy.Read("data/schema/meetings.schema.json")))
        {
            var item = meetingsSchema.RootElement.GetProperty("properties").GetProperty("meetings").GetProperty("items");
            var announced = item.GetProperty("properties").GetProperty("announced");
            announced.GetProperty("description").GetString().ShouldBe("When the meeting was announced.");
            announced.GetProperty("pattern").GetString().ShouldNotBeNullOrEmpty();
            item.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldNotContain("announced");
            Strings(item.GetProperty("properties").GetProperty("participants").GetProperty("items").GetProperty("properties").GetProperty("role").GetProperty("enum"))
                .ShouldBe(new[] { "host", "guest", "participant", "observer" });
        }

        using (var exportSchema = JsonDocument.Parse(copy.Read("data/schema/export/dataset.schema.json")))
        {
            exportSchema.RootElement.GetProperty("properties").GetProperty("meetings").GetProperty("items").GetProperty("properties")
                .TryGetProperty("announced", out _).ShouldBeTrue();
        }

        // The compiled data, read back: the JSON export of the curated data merged with the sample's extension.
        var extension = Path.Combine(copy.Location, "samples", "SinoRussia.Dataset.Sample", "SinoRussiaData");
        var json = Path.Combine(copy.Location, "out", "json");
        copy.Tool("export", extension, "--format", "json", "--output", json).ShouldSucceed();
        using (var exported = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(json, "*.json").Single())))
        {
            var meetings = exported.RootElement.GetProperty("meetings").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
            meetings[MeetingId].GetProperty("announced").GetString().ShouldBe("2022-12");
            meetings[ExtensionMeetingId].GetProperty("announced").GetString().ShouldBe("2023-02-21");
            meetings[ObserverMeetingId].GetProperty("announced").ValueKind.ShouldBe(JsonValueKind.Null);
            meetings[ObserverMeetingId].GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("role").GetString()).ShouldContain("observer");
        }

        // The static site: the meeting pages show the field, labelled, the schema's description as the label's title.
        var site = Path.Combine(copy.Location, "out", "site");
        copy.Tool("site", site, "--data", extension).ShouldSucceed();
        File.ReadAllText(Path.Combine(site, "meetings", MeetingId + ".html"))
            .ShouldContain("<dt title=\"When the meeting was announced.\">Announced</dt><dd>2022-12</dd>");
        File.ReadAllText(Path.Combine(site, "meetings", ExtensionMeetingId + ".html")).ShouldContain(">Announced</dt><dd>2023-02-21</dd>");
        var observerPage = File.ReadAllText(Path.Combine(site, "meetings", ObserverMeetingId + ".html"));
        observerPage.ShouldNotContain(">Announced</dt>");
        observerPage.ShouldContain("<td>observer</td>");

        // The export tables: a column of the meetings table, the role among the participants' values, both in datapackage.json.
        var csv = Path.Combine(copy.Location, "out", "csv");
        copy.Tool("export", extension, "--format", "csv", "--output", csv).ShouldSucceed();
        var meetingRows = File.ReadAllLines(Path.Combine(csv, "meetings.csv"));
        var header = meetingRows[0].Split(',');
        var column = Array.IndexOf(header, "announced");
        column.ShouldBeGreaterThan(0, meetingRows[0]);
        meetingRows.Single(r => r.StartsWith(MeetingId + ",", StringComparison.Ordinal)).ShouldContain(",2022-12");
        File.ReadAllText(Path.Combine(csv, "participants.csv")).ShouldContain(",observer");
        using (var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(csv, "datapackage.json"))))
        {
            var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
            var meetingFields = resources["meetings"].GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            meetingFields.Single(f => f.GetProperty("name").GetString() == "announced").GetProperty("description").GetString().ShouldBe("When the meeting was announced.");
            var role = resources["participants"].GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "role");
            Strings(role.GetProperty("constraints").GetProperty("enum")).ShouldContain("observer");
        }

        // The data dictionary: rewritten from the new schemas and model, and its tests pass on them.
        var environment = new Dictionary<string, string> { ["SINORUSSIA_UPDATE_DOCS"] = "1" };
        var dictionaryTests = new[] { "test", Path.Combine(copy.Location, "tests", "SinoRussia.Dataset.Tests", "SinoRussia.Dataset.Tests.csproj"),
            "--filter", "FullyQualifiedName~SinoRussia.Dataset.Tests.DataDictionary" };
        DotNet.Run(copy.Location, environment, dictionaryTests); // rewrites docs/data-model.md (and fails, as a stale document does)
        DotNet.Run(copy.Location, null, dictionaryTests.Append("--no-build").ToArray()).ShouldSucceed();
        var dictionary = copy.Read("docs/data-model.md");
        dictionary.ShouldMatch(@"\| `meetings\[\]\.announced` \|[^\n]*`Meeting\.AdditionalFields\[""announced""\]`");
        dictionary.ShouldContain("`observer`");
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    /// <summary>The repository's sources, data, docs and the tests the dictionary needs, copied to a temporary folder to change and build.</summary>
    private sealed class SourceCopy : IDisposable
    {
        private static readonly string[] Skipped = { "bin", "obj", "artifacts", ".git", "TestResults" };
        private static readonly string[] Folders = { "schema", "generator", "src", "data", "build", "docs", "samples" };

        public SourceCopy(string root)
        {
            Location = Path.Combine(Path.GetTempPath(), "sinorussia-schema-change-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Location);
            foreach (var file in Directory.GetFiles(root))
            {
                File.Copy(file, Path.Combine(Location, Path.GetFileName(file)));
            }

            foreach (var folder in Folders)
            {
                CopyFolder(Path.Combine(root, folder), Path.Combine(Location, folder));
            }

            Directory.CreateDirectory(Path.Combine(Location, "tests"));
            File.Copy(Path.Combine(root, "tests", "Directory.Build.props"), Path.Combine(Location, "tests", "Directory.Build.props"));
            CopyFolder(Path.Combine(root, "tests", "SinoRussia.Dataset.Tests"), Path.Combine(Location, "tests", "SinoRussia.Dataset.Tests"));
        }

        public string Location { get; }

        public string Read(string relative) => File.ReadAllText(Path.Combine(Location, relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

        /// <summary>Inserts <paramref name="line"/> before the first <paramref name="anchor"/> after the record <paramref name="id"/>; returns its line number.</summary>
        public int InsertBefore(string relative, string id, string anchor, string line)
        {
            var text = Read(relative);
            var at = text.IndexOf(anchor, RecordStart(text, id), StringComparison.Ordinal);
            at.ShouldBeGreaterThan(0, $"{anchor.Trim()} after {id} in {relative}");
            Write(relative, text.Insert(at, line));
            return LineOf(text, at);
        }

        /// <summary>Replaces the first <paramref name="old"/> after the record <paramref name="id"/>; returns its line number.</summary>
        public int ReplaceFirst(string relative, string id, string old, string replacement)
        {
            var text = Read(relative);
            var at = text.IndexOf(old, RecordStart(text, id), StringComparison.Ordinal);
            at.ShouldBeGreaterThan(0, $"{old} after {id} in {relative}");
            Write(relative, text[..at] + replacement + text[(at + old.Length)..]);
            return LineOf(text, at);
        }

        public void ReplaceOnce(string relative, string old, string replacement)
        {
            var text = Read(relative);
            Regex.Matches(text, Regex.Escape(old)).Count.ShouldBe(1, $"'{old}' in {relative}");
            Write(relative, text.Replace(old, replacement, StringComparison.Ordinal));
        }

        public void Append(string relative, string line)
        {
            var text = Read(relative);
            Write(relative, (text.EndsWith('\n') ? text : text + "\n") + line);
        }

        public DotNet.Result Build(string project) => DotNet.Run(Location, null, "build", Path.Combine(Location, project), "-v", "q", "-nologo");

        public DotNet.Result Tool(params string[] arguments)
            => DotNet.Run(Location, null, new[] { Path.Combine(Location, "src", "SinoRussia.Dataset.Tool", "bin", "Debug", "net8.0", "SinoRussia.Dataset.Tool.dll") }.Concat(arguments).ToArray());

        public void Dispose()
        {
            try
            {
                Directory.Delete(Location, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the folder is in the temporary directory.
            }
        }

        private void Write(string relative, string text) => File.WriteAllText(Path.Combine(Location, relative), text);

        private static int RecordStart(string text, string id)
        {
            var at = text.IndexOf("- id: " + id + "\n", StringComparison.Ordinal);
            at.ShouldBeGreaterThanOrEqualTo(0, $"the record {id}");
            return at;
        }

        private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

        private static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (var folder in Directory.GetDirectories(from).Where(d => !Skipped.Contains(Path.GetFileName(d))))
            {
                CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
            }
        }
    }
}
