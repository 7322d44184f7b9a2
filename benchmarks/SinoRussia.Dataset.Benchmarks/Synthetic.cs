using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SinoRussia.Dataset.Benchmarks;

/// <summary>
/// A synthetic dataset in the curated schema, for scale tests: <c>meetings</c> meetings (two officials
/// each, dates spread over 2000-2025), two direct quotes per meeting, 200 officials, one source
/// document per 100 meetings whose text holds its quotes verbatim, so every record passes the
/// generator's checks. The seed is fixed: the same count gives the same bytes.
/// </summary>
public static class Synthetic
{
    private static readonly string[] Words =
    {
        "cooperation", "partnership", "strategic", "security", "trade", "energy", "dialogue", "mutual", "trust", "coordination",
        "development", "stability", "region", "agreement", "investment", "sovereignty", "multilateral", "consultation", "friendship", "future",
    };

    public const int Officials = 200;

    public const int MeetingsPerSource = 100;

    /// <summary>Writes <c>synthetic-*.yaml</c> and <c>sources/synthetic-*.txt</c> into <paramref name="directory"/>.</summary>
    public static void Write(int meetings, string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "sources"));
        var random = new Random(20261123);
        var officials = new StringBuilder("organisations:\n  - { id: synthetic-ministry, name: Synthetic Ministry }\nofficials:\n");
        for (var o = 0; o < Officials; o++)
        {
            officials.Append($"  - id: synthetic-official-{o:D3}\n    name: Official {o:D3}\n    aliases: [Official {o:D3}]\n    country: {(o % 2 == 0 ? "CN" : "RU")}\n")
                .Append("    positions:\n      - { title: Minister, organisation: synthetic-ministry, start: { value: \"1990-01-01\", precision: day } }\n");
        }

        var sources = new StringBuilder("sources:\n");
        var meetingYaml = new StringBuilder("meetings:\n");
        var quoteYaml = new StringBuilder("quotes:\n");
        var sourceCount = (meetings + MeetingsPerSource - 1) / MeetingsPerSource;
        var texts = new StringBuilder[sourceCount];
        for (var s = 0; s < sourceCount; s++)
        {
            sources.Append($"  - {{ id: synthetic-source-{s:D5}, file: synthetic-{s:D5}.txt, publisher: Synthetic Wire, language: en }}\n");
            texts[s] = new StringBuilder($"Synthetic Wire report {s}.\n");
        }

        var start = new DateTime(2000, 1, 1);
        for (var m = 0; m < meetings; m++)
        {
            var host = random.Next(Officials);
            var guest = (host + 1 + random.Next(Officials - 1)) % Officials;
            var date = start.AddDays(random.Next(26 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var source = m / MeetingsPerSource;
            var id = $"synthetic-meeting-{m:D6}";
            meetingYaml.Append($"  - id: {id}\n    title: Official {host:D3} meets Official {guest:D3} on {Phrase(random, 3)}\n")
                .Append($"    date: {{ value: \"{date}\", precision: day, basis: stated }}\n")
                .Append($"    place: {{ city: {(host % 2 == 0 ? "Beijing" : "Moscow")}, country: {(host % 2 == 0 ? "CN" : "RU")}, basis: stated }}\n")
                .Append("    format: in-person\n")
                .Append($"    participants:\n      - {{ official: synthetic-official-{host:D3}, role: host }}\n      - {{ official: synthetic-official-{guest:D3}, role: guest }}\n")
                .Append("    topics: [bilateral-relations]\n")
                .Append($"    sources: [synthetic-source-{source:D5}]\n");
            foreach (var (suffix, speaker) in new[] { ("a", host), ("b", guest) })
            {
                var text = $"Statement {m}{suffix}: we value {Phrase(random, 12)}";
                quoteYaml.Append($"  - id: synthetic-quote-{m:D6}-{suffix}\n    kind: direct\n    speaker: synthetic-official-{speaker:D3}\n    meeting: {id}\n")
                    .Append($"    source: synthetic-source-{source:D5}\n    text: \"{text}\"\n    topics: [bilateral-relations]\n");
                texts[source].Append('"').Append(text).Append("\", said Official ").Append(speaker.ToString("D3", CultureInfo.InvariantCulture)).Append(".\n");
            }
        }

        File.WriteAllText(Path.Combine(directory, "synthetic-officials.yaml"), officials.ToString());
        File.WriteAllText(Path.Combine(directory, "synthetic-sources.yaml"), sources.ToString());
        File.WriteAllText(Path.Combine(directory, "synthetic-meetings.yaml"), meetingYaml.ToString());
        File.WriteAllText(Path.Combine(directory, "synthetic-quotes.yaml"), quoteYaml.ToString());
        for (var s = 0; s < sourceCount; s++)
        {
            File.WriteAllText(Path.Combine(directory, "sources", $"synthetic-{s:D5}.txt"), texts[s].ToString());
        }
    }

    private static string Phrase(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        return builder.ToString();
    }
}
