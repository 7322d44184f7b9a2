// The queries a user of SinoRussia.Dataset runs: meetings of an official by year, the quotes of each
// speaker, who held which post at each meeting, and the shipped data extended with the sample's own
// YAML (SinoRussiaData/extra-meetings.yaml). `--json` prints the shipped dataset as JSON;
// `--export DIR` writes every export of it (JSON, CSV with datapackage.json, Parquet, the events
// table) into DIR; `--timeline FILE` writes the SVG timeline of its meetings; `--site DIR [--sources DIR]`
// writes the static website of the shipped data extended with the sample's YAML.
using SinoRussia.Dataset;
using SinoRussia.Dataset.Export;
using SinoRussia.Dataset.Sample;

if (args.Contains("--json"))
{
    Console.WriteLine(SinoRussiaDataset.Shipped.ToJson());
    return;
}

if (Array.IndexOf(args, "--export") is var export and >= 0)
{
    var directory = export + 1 < args.Length ? args[export + 1] : throw new ArgumentException("--export needs a folder: --export DIR");
    foreach (var path in await DatasetExport.WriteAllAsync(SinoRussiaDataset.Shipped, directory))
    {
        Console.WriteLine(path);
    }

    Console.WriteLine(SinoRussiaDataset.Shipped.Info);
    return;
}

if (Array.IndexOf(args, "--timeline") is var timeline and >= 0)
{
    var file = timeline + 1 < args.Length ? args[timeline + 1] : throw new ArgumentException("--timeline needs a file: --timeline FILE");
    File.WriteAllText(file, TimelineSvg.Render(SinoRussiaDataset.Shipped));
    Console.WriteLine(file);
    return;
}

if (Array.IndexOf(args, "--site") is var site and >= 0)
{
    // The site of the shipped data extended with this sample's own YAML; --sources DIR adds the documents' texts.
    var directory = site + 1 < args.Length ? args[site + 1] : throw new ArgumentException("--site needs a folder: --site DIR");
    var sources = Array.IndexOf(args, "--sources") is var s and >= 0 && s + 1 < args.Length ? args[s + 1] : null;
    var written = await StaticSite.WriteAsync(ExtendedDataset.Current, directory, sources);
    Console.WriteLine($"{written.Count} files written; open {Path.Combine(directory, "index.html")}");
    Console.WriteLine(ExtendedDataset.Current.Info);
    return;
}

Console.WriteLine("Meetings of Wang Yi, by year");
foreach (var year in Meetings.All.Where(m => m.Involves(Officials.WangYi)).GroupBy(m => m.Date.Year))
{
    Console.WriteLine($"  {year.Key}");
    foreach (var meeting in year)
    {
        var others = meeting.Participants.Where(p => p.Official != Officials.WangYi).Select(p => p.Official.Name);
        Console.WriteLine($"    {meeting.Date} ({meeting.DateBasis.ToString().ToLowerInvariant()})  with {string.Join(", ", others)}  [{meeting.Place?.City ?? meeting.Format.ToString()}]");
    }
}

Console.WriteLine();
Console.WriteLine("Quotes by speaker");
foreach (var speaker in Officials.All.Where(o => Quotes.By(o).Any()))
{
    var quotes = Quotes.By(speaker).ToList();
    Console.WriteLine($"  {speaker.Name}: {quotes.Count(q => q.Kind == QuoteKind.Direct)} direct, {quotes.Count(q => q.Kind == QuoteKind.Reported)} reported");
    foreach (var quote in quotes.Where(q => q.Kind == QuoteKind.Direct).Take(2))
    {
        Console.WriteLine($"    \"{quote.Text}\" ({quote.Source.Publisher ?? quote.Source.Id}, {quote.Meeting.Date})");
    }
}

Console.WriteLine();
Console.WriteLine("Who held which post at each meeting");
foreach (var meeting in Meetings.All)
{
    Console.WriteLine($"  {meeting.Date}  {meeting.Title}");
    foreach (var participant in meeting.Participants)
    {
        Console.WriteLine($"    {participant.Official.Name,-18} {participant.Role,-11} {participant.Post?.Title ?? "(no post recorded)"}, {participant.Post?.Organisation.Name}");
    }
}

Console.WriteLine();
Console.WriteLine("Extended with this sample's own YAML: meetings of Vladimir Putin");
foreach (var meeting in ExtendedDataset.Meetings.Of(Officials.VladimirPutin))
{
    var own = Meetings.TryGetById(meeting.Id, out _) ? "shipped" : "own";
    Console.WriteLine($"  {meeting.Date}  {meeting.Title} [{meeting.Format}] ({own})");
}
