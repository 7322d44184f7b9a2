using System.Text.Json;
using OpenQA.Selenium;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// axe-core, the accessibility engine, run in the open page: its script (axe.min.js, MPL-2.0) comes from
/// the Deque.AxeCore.Commons package, which embeds it, and is injected as it is; the result is the
/// violations with their impact.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var assembly = typeof(Deque.AxeCore.Commons.AxeResult).Assembly;
        using var stream = assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not among Deque.AxeCore.Commons' resources: " + string.Join(", ", assembly.GetManifestResourceNames()));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes)
    {
        public override string ToString() => $"{Impact} {Id}: {Help} at {string.Join(" | ", Nodes)}";
    }

    /// <summary>Runs axe over the open page (WCAG 2.x A and AA and best practices) and returns its violations.</summary>
    public static IReadOnlyList<Violation> Run(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        js.ExecuteScript(Source.Value);
        var json = (string?)js.ExecuteAsyncScript("""
            var done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(function (r) {
                done(JSON.stringify(r.violations.map(function (v) {
                  return { id: v.id, impact: v.impact || 'unknown', help: v.help,
                           nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }) };
                })));
              })
              .catch(function (e) { done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])); });
            """);
        return JsonSerializer.Deserialize<List<Violation>>(json ?? "[{\"id\":\"axe-error\",\"impact\":\"critical\",\"help\":\"axe returned nothing\",\"nodes\":[]}]", new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
