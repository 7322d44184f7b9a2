using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;
using YamlDotNet.Core;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// Turns the text of one dataset YAML file into raw records. Never throws (but for cancellation):
/// syntax errors and schema violations become diagnostics at their YAML span.
/// </summary>
internal static class YamlDatasetParser
{
    public static ParsedFile Parse(string path, string text, bool shipped, CancellationToken cancellationToken)
    {
        var context = new ParseContext(path, cancellationToken);
        var records = new RecordLists();
        try
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1); // a byte order mark the reader left in place
            }

            if (YamlTree.Read(text, context, new TopLevelItems(context, records)) is not { } documents)
            {
                Rejected(context, records, context.Diagnostics[context.Diagnostics.Count - 1]); // the reason was reported last
            }
            else
            {
                foreach (var root in documents)
                {
                    ReadDocument(root, context, records);
                }

                if (context.Diagnostics.Count == 0 && records.Count == 0 && !shipped)
                {
                    context.Report(DiagnosticDescriptors.EmptyFile, YamlSpan.StartOf(path), path);
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (YamlException exception)
        {
            var span = context.SpanOf(exception.Start, exception.End);
            Rejected(context, records, DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, span, path, OneLine(exception.Message)));
        }
        catch (Exception exception)
        {
            // Not a syntax error (those are YamlException): a bug of ours or of the YAML reader.
            context.Diagnostics.Add(DiagnosticInfo.Internal(YamlSpan.StartOf(path), $"reading '{path}'", exception));
        }

        return records.ToFile(path, shipped, context.Diagnostics.ToEquatableArray(),
            new[] { new SpanChunk(0, 0, context.Spans.ToEquatableArray()) }.ToEquatableArray());
    }

    private static void ReadDocument(TreeNode root, ParseContext context, RecordLists records)
    {
        if (root is TreeScalar { Value: null or "" })
        {
            return; // an empty document holds no records
        }

        if (root is not TreeMapping mapping)
        {
            context.Report(DiagnosticDescriptors.UnexpectedNodeType, root, "(document)", $"a mapping with one or more of the keys {string.Join(", ", DatasetSchema.TopLevelKeys)}", ParseContext.Describe(root));
            return;
        }

        // The root's checks: unknown and repeated keys, lists that are not lists. The items of the lists
        // were read while the text was read (TopLevelItems); what is left here is none, unless a reader
        // that does not stream built the tree.
        var top = new YamlMappingReader(mapping, string.Empty, context, DatasetSchema.TopLevelKeys);
        foreach (var key in DatasetSchema.TopLevelKeys)
        {
            foreach (var item in top.MappingList(key, required: false, DatasetSchema.ItemOf(key)!.Keys))
            {
                ReadItem(key, item, records);
            }
        }
    }

    /// <summary>One item of a top-level list (a source, an official, a meeting...) into its raw record.</summary>
    private static void ReadItem(string key, YamlMappingReader item, RecordLists records)
    {
        switch (key)
        {
            case Keys.Sources:
                if (Required(item, out var sourceId, Keys.Id) & Required(item, out var file, Keys.File))
                {
                    records.Sources.Add(new RawSource(sourceId, file, item.Optional(Keys.Publisher), item.Optional(Keys.Title), item.Optional(Keys.Published),
                        item.Optional(Keys.PublishedTime), item.Optional(Keys.TimeZone), item.Optional(Keys.Dateline), item.Optional(Keys.Author),
                        item.Optional(Keys.Language), item.Optional(Keys.Notes)) { Added = AddedFieldReader.Read(item, DatasetSchema.Source) });
                }

                break;
            case Keys.Organisations:
                if (Required(item, out var organisationId, Keys.Id) & Required(item, out var organisationName, Keys.Name))
                {
                    records.Organisations.Add(new RawOrganisation(organisationId, organisationName, item.Optional(Keys.Country)) { Added = AddedFieldReader.Read(item, DatasetSchema.Organisation) });
                }

                break;
            case Keys.Mechanisms:
                if (Required(item, out var mechanismId, Keys.Id) & Required(item, out var mechanismName, Keys.Name))
                {
                    records.Mechanisms.Add(new RawMechanism(mechanismId, mechanismName) { Added = AddedFieldReader.Read(item, DatasetSchema.Mechanism) });
                }

                break;
            case Keys.Topics:
                if (Required(item, out var topicId, Keys.Id) & Required(item, out var topicName, Keys.Name))
                {
                    records.Topics.Add(new RawTopic(topicId, topicName));
                }

                break;
            case Keys.Officials:
                if (ReadOfficial(item) is { } official)
                {
                    records.Officials.Add(official);
                }

                break;
            case Keys.Meetings:
                if (ReadMeeting(item) is { } meeting)
                {
                    records.Meetings.Add(meeting);
                }

                break;
            case Keys.Quotes:
                var ok = Required(item, out var id, Keys.Id) & Required(item, out var kind, Keys.Kind) & Required(item, out var speaker, Keys.Speaker)
                    & Required(item, out var atMeeting, Keys.Meeting) & Required(item, out var source, Keys.Source) & Required(item, out var text, Keys.Text);
                var topics = item.ScalarList(Keys.Topics);
                if (ok)
                {
                    records.Quotes.Add(new RawQuote(id, kind, speaker, atMeeting, source, text, topics)
                    {
                        Attribution = item.Optional(Keys.Attribution),
                        Added = AddedFieldReader.Read(item, DatasetSchema.Quote),
                    });
                }

                break;
        }
    }

    /// <summary>Reads the items of the top-level lists as the text is read, so that no tree of the whole file is kept.</summary>
    private sealed class TopLevelItems(ParseContext context, RecordLists records) : ITopLevelItems
    {
        public bool Streams(string key) => Array.IndexOf(DatasetSchema.TopLevelKeys, key) >= 0;

        public void Read(string key, int index, TreeNode item) => ReadListItem(key, index, item, context, records);
    }

    /// <summary>
    /// Item <paramref name="index"/> of the top-level list <paramref name="key"/> into its record: what the whole
    /// read and a piece's read (<see cref="ChunkParser"/>) both do with an item, so that they give the same
    /// paths and diagnostics (those of YamlMappingReader.MappingList for the same item).
    /// </summary>
    internal static void ReadListItem(string key, int index, TreeNode item, ParseContext context, RecordLists records)
    {
        if (YamlMappingReader.Of(item, $"{key}[{index}]", context, DatasetSchema.ItemOf(key)!.Keys) is { } reader)
        {
            ReadItem(key, reader, records);
        }
    }

    private static RawOfficial? ReadOfficial(YamlMappingReader item)
    {
        var ok = Required(item, out var id, Keys.Id) & Required(item, out var name, Keys.Name) & Required(item, out var country, Keys.Country);
        var aliases = item.ScalarList(Keys.Aliases);
        var positions = new List<RawPosition>();
        foreach (var position in item.MappingList(Keys.Positions, required: true, DatasetSchema.Position.Keys))
        {
            var positionOk = Required(position, out var title, Keys.Title) & Required(position, out var organisation, Keys.Organisation);
            var start = ReadDate(position.RequiredMapping(Keys.Start, DatasetSchema.PostDate.Keys));
            var end = ReadDate(position.OptionalMapping(Keys.End, DatasetSchema.PostDate.Keys));
            if (positionOk && start is not null && (end is not null || !position.Has(Keys.End)))
            {
                positions.Add(new RawPosition(title, organisation, start, end, position.Optional(Keys.Note)));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new RawOfficial(id, name, aliases, country, positions.ToEquatableArray()) { Added = AddedFieldReader.Read(item, DatasetSchema.Official) } : null;
    }

    private static RawMeeting? ReadMeeting(YamlMappingReader item)
    {
        var ok = Required(item, out var id, Keys.Id) & Required(item, out var title, Keys.Title) & Required(item, out var format, Keys.Format);
        var date = ReadDate(item.RequiredMapping(Keys.Date, DatasetSchema.MeetingDate.Keys), requireBasis: true);
        RawPlace? place = null;
        if (item.OptionalMapping(Keys.Place, DatasetSchema.Place.Keys) is { } placeReader)
        {
            if (Required(placeReader, out var placeCountry, Keys.Country) & Required(placeReader, out var placeBasis, Keys.Basis))
            {
                place = new RawPlace(placeReader.Optional(Keys.City), placeCountry, placeReader.Optional(Keys.Venue), placeBasis, placeReader.Optional(Keys.Note));
            }
            else
            {
                ok = false;
            }
        }

        var participants = new List<RawParticipant>();
        foreach (var participant in item.MappingList(Keys.Participants, required: true, DatasetSchema.Participant.Keys))
        {
            if (Required(participant, out var official, Keys.Official) & Required(participant, out var role, Keys.Role))
            {
                participants.Add(new RawParticipant(official, role, participant.Optional(Keys.TitleInSource)));
            }
            else
            {
                ok = false;
            }
        }

        var topics = item.ScalarList(Keys.Topics);
        var outcomes = item.ScalarList(Keys.Outcomes);
        var sources = item.ScalarList(Keys.Sources, required: true);
        if (!ok || date is null)
        {
            return null;
        }

        return new RawMeeting(id, title, date, place, format, item.Optional(Keys.Mechanism), item.Optional(Keys.Occasion),
            participants.ToEquatableArray(), topics, outcomes, sources) { Added = AddedFieldReader.Read(item, DatasetSchema.Meeting) };
    }

    private static RawDate? ReadDate(YamlMappingReader? reader, bool requireBasis = false)
    {
        if (reader is null)
        {
            return null;
        }

        var basisOk = !requireBasis || reader.Required(Keys.Basis).HasValue;
        return Required(reader, out var value, Keys.Value) & Required(reader, out var precision, Keys.Precision) & basisOk
            ? new RawDate(value, precision, reader.Optional(Keys.Basis), reader.Optional(Keys.Note), reader.Locate())
            : null;
    }

    private static bool Required(YamlMappingReader reader, out Located value, string key)
    {
        var read = reader.Required(key);
        value = read.GetValueOrDefault();
        return read.HasValue;
    }

    /// <summary>
    /// A text that is not read to its end (a syntax error, or the reader refused it) yields no records and
    /// one diagnostic, its reason: what the streamed items before it gave would be partial and only add
    /// follow-on errors.
    /// </summary>
    private static void Rejected(ParseContext context, RecordLists records, DiagnosticInfo reason)
    {
        records.Clear();
        context.Spans.Clear();
        context.Diagnostics.Clear();
        context.Diagnostics.Add(reason);
    }

    private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ").Trim();
}
