// sinorussia-dataset: curate SinoRussia.Dataset YAML without a C# project.
//   check DIR [--standalone]                    the generator's diagnostics over a folder, compiler format
//   draft ARTICLE.txt [--data DIR] [--output FILE|-]   a draft YAML next to the article, to FILE or to stdout (-)
//   export DIR --format json|csv|parquet [--output OUT]   the shipped data merged with the folder's, exported
//   site OUT [--data DIR] [--sources DIR]        the static website of the shipped (or merged) data
//   schema OUT                                  the JSON Schemas of the YAML (data/schema), written from the one schema definition
using System;
using System.CommandLine;
using System.IO;
using SinoRussia.Dataset.Tool.Checking;
using SinoRussia.Dataset.Tool.Drafting;
using SinoRussia.Dataset.Tool.Exporting;
using SinoRussia.Dataset.Tool.Schema;

var folder = new Argument<DirectoryInfo>("DIR") { Description = "A folder of YAML files (*.yaml, *.yml) and source texts (*.txt)." };
var standalone = new Option<bool>("--standalone") { Description = "Check the folder as a whole dataset of its own (such as the repository's data/), not as an extension of the shipped data." };
var check = new Command("check", "Check a folder of YAML with every diagnostic of the generator, printed as the compiler prints them; exit code 1 on errors.") { folder, standalone };
check.SetAction(result => CheckCommand.Run(result.GetValue(folder)!.FullName, Console.Out, result.GetValue(standalone)));

var article = new Argument<FileInfo>("ARTICLE") { Description = "A plain-text article." };
var draftOutput = new Option<string?>("--output", "-o") { Description = "Where to write the draft YAML: a file, or - for standard output. Left out: ARTICLE.draft.yaml next to the article." };
var draftData = new Option<DirectoryInfo?>("--data", "-d") { Description = "A data folder whose officials are matched too, besides the shipped ones." };
var draft = new Command("draft", "Draft YAML in the dataset's schema from a plain-text article, with # TODO: comments where a person must decide.") { article, draftData, draftOutput };
draft.SetAction(result => DraftCommand.Run(result.GetValue(article)!.FullName, DraftCommand.OutputPath(result.GetValue(article)!.FullName, result.GetValue(draftOutput)),
    result.GetValue(draftData)?.FullName, Console.Out, Console.Error));

var exportFolder = new Argument<DirectoryInfo>("DIR") { Description = "A folder of YAML files and source texts, merged with the shipped data." };
var format = new Option<string>("--format", "-f") { Description = "json, csv (with datapackage.json) or parquet.", DefaultValueFactory = _ => "json" };
format.AcceptOnlyFromAmong(ExportCommand.Formats);
var exportOutput = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write into.", DefaultValueFactory = _ => new DirectoryInfo("export") };
var export = new Command("export", "Export the shipped data merged with a folder's data.") { exportFolder, format, exportOutput };
export.SetAction((result, _) => ExportCommand.RunAsync(result.GetValue(exportFolder)!.FullName, result.GetValue(format)!, result.GetValue(exportOutput)!.FullName, Console.Out, Console.Error));

var schemaOutput = new Argument<DirectoryInfo>("OUT") { Description = "The folder to write the *.schema.json files into (the repository's is data/schema)." };
var schema = new Command("schema", "Write the JSON Schemas of the dataset's YAML, for editors, from the schema the generator checks against.") { schemaOutput };
schema.SetAction(result =>
{
    foreach (var path in JsonSchemaWriter.WriteAll(result.GetValue(schemaOutput)!.FullName))
    {
        Console.Out.WriteLine(path);
    }

    return 0;
});

var siteOutput = new Argument<DirectoryInfo>("OUT") { Description = "The folder to write the site into." };
var siteData = new Option<DirectoryInfo?>("--data", "-d") { Description = "A folder of YAML files and source texts merged with the shipped data. Left out: the shipped data." };
var siteSources = new Option<DirectoryInfo?>("--sources", "-s") { Description = "A folder holding the source documents' texts (such as the repository's data/sources/), shown with every quote highlighted." };
var site = new Command("site", "Write a static website of the data: timeline, meetings, officials, sources, searchable quotes.") { siteOutput, siteData, siteSources };
site.SetAction((result, _) => SiteCommand.RunAsync(result.GetValue(siteOutput)!.FullName, result.GetValue(siteData)?.FullName,
    result.GetValue(siteSources)?.FullName, Console.Out, Console.Error));

var root = new RootCommand("Curate SinoRussia.Dataset YAML: check a folder, draft from an article, export, write a site, write the JSON Schemas.") { check, draft, export, site, schema };
return await root.Parse(args).InvokeAsync();
