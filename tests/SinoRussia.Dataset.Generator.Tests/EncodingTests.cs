using System.Reflection;
using System.Runtime.Loader;
using SinoRussia.Dataset.Generator.Emission;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The generator's table encoding and the runtime's decoder, held together: strings YAML cannot carry
/// (lone surrogates) and edge values go through the encoder, the compiler and the decoder unchanged.
/// </summary>
public class EncodingTests
{
    private static readonly string?[] Values =
    {
        "", "\uD800", "\uDFFF", "a\uDC00b", "\uDE00\uD83D", "\uD83D\uDE00", "😀\uD800😀", "\0", "\\", "\"", "王毅", new string('x', 70_000), "x",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_string_comes_back_exactly_through_the_compiled_table(bool reflectionFallback)
    {
        var organisations = Values.Select((v, i) => (EntityModel)new OrganisationModel($"org-{i:D2}", $"Org{i:D2}", v!, i % 2 == 0 ? null : v)).ToEquatableArray();
        var sources = new List<string>
        {
            StorageEmitter.Emit(new StorageModel("SinoRussia.Dataset", null)),
            TopicsEmitter.Emit(new TopicsModel("SinoRussia.Dataset", EquatableArray<TopicModel>.Empty)),
        };
        foreach (var kind in EntityKind.All)
        {
            var records = kind == EntityKind.Organisations ? organisations : EquatableArray<EntityModel>.Empty;
            sources.Add(TableEmitter.Emit(kind.Table(new TableInput("SinoRussia.Dataset", null, kind.ClassName, records, NamedMembers: true))));
        }

        var compilation = GeneratorHarness.Compilation(sources.ToArray());
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics.Take(5)));

        var context = new AssemblyLoadContext("encoding", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            assembly.GetType("SinoRussia.Dataset.Storage.BlobSource")!.GetProperty("ForceReflection", BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, reflectionFallback);
            var all = ((System.Collections.IEnumerable)assembly.GetType("SinoRussia.Dataset.Organisations")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            all.Count.ShouldBe(Values.Length);
            for (var i = 0; i < Values.Length; i++)
            {
                var organisation = all[i];
                organisation.GetType().GetProperty("Id")!.GetValue(organisation).ShouldBe($"org-{i:D2}");
                ((string)organisation.GetType().GetProperty("Name")!.GetValue(organisation)!).ShouldBe(Values[i], $"value {i}");
                organisation.GetType().GetProperty("Country")!.GetValue(organisation).ShouldBe(i % 2 == 0 ? null : Values[i], $"country {i}");
            }

            assembly.GetType("SinoRussia.Dataset.Meetings")!.GetProperty("All")!.GetValue(null).ShouldBeAssignableTo<System.Collections.ICollection>()!.Count.ShouldBe(0, "an empty table decodes to an empty list");
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(int.MaxValue)]
    public void Numbers_are_printable_ascii_and_need_no_escape_but_a_backslash(int value)
    {
        var text = new BlobWriter().Int(value).ToString();
        text.ShouldAllBe(c => c >= 0x40 && c <= 0x7F);
        text[^1].ShouldBeInRange((char)0x40, (char)0x5F, "the last byte says no more follow");
        text[..^1].ShouldAllBe(c => c >= 0x60, "every byte before it says more follow");
        var decoded = 0L;
        for (var i = 0; i < text.Length; i++)
        {
            decoded |= (long)(text[i] & 31) << (5 * i);
        }

        decoded.ShouldBe(value);
    }

    [Fact]
    public void Negative_numbers_are_refused_rather_than_written_wrong()
        => Should.Throw<ArgumentOutOfRangeException>(() => new BlobWriter().Int(-1));
}
