namespace SinoRussia.Dataset.Generator.Pipeline;

/// <content>The names of the pipeline's steps, for caching and fault-injection tests.</content>
public sealed partial class DatasetGenerator
{
    /// <summary>Tracking names of the pipeline steps.</summary>
    public static class TrackingNames
    {
        /// <summary>AdditionalFiles marked as dataset YAML or source texts, read: a YAML file parsed, a source text kept.</summary>
        public const string InputFiles = nameof(InputFiles);

        /// <summary>One dataset YAML file: cut into pieces, or read whole when it could not be cut.</summary>
        public const string DataFiles = nameof(DataFiles);

        /// <summary>One piece of a dataset YAML file (some of a top-level list's items), as text.</summary>
        public const string Chunks = nameof(Chunks);

        /// <summary>One piece read into its records.</summary>
        public const string ParsedChunks = nameof(ParsedChunks);

        /// <summary>One data file put together from its pieces (or, when a piece did not read on its own, to be read whole).</summary>
        public const string AssembledFiles = nameof(AssembledFiles);

        /// <summary>One parsed YAML file: put together from its pieces, read whole from them, or as it was read whole.</summary>
        public const string ParsedFiles = nameof(ParsedFiles);

        /// <summary>One YAML file's records without their positions: what the checks read.</summary>
        public const string FileRecords = nameof(FileRecords);

        /// <summary>One YAML file's positions of values: what places the diagnostics.</summary>
        public const string SpanTables = nameof(SpanTables);

        /// <summary>One source document text.</summary>
        public const string SourceDocuments = nameof(SourceDocuments);

        /// <summary>The sources one YAML file defines.</summary>
        public const string FileSources = nameof(FileSources);

        /// <summary>Each source's document text, by source id: what quotes and outcomes are checked against.</summary>
        public const string SourceTexts = nameof(SourceTexts);

        /// <summary>One YAML file's records checked on their own (vocabularies, dates, verbatim...), with their models.</summary>
        public const string CheckedFiles = nameof(CheckedFiles);

        /// <summary>The generator options.</summary>
        public const string Options = nameof(Options);

        /// <summary>One YAML file's ids, posts, participants and sources: what it adds to the symbol table.</summary>
        public const string FileSymbols = nameof(FileSymbols);

        /// <summary>Every file's ids collected, with what the checks of the ids found (duplicates, member names).</summary>
        public const string SymbolTable = nameof(SymbolTable);

        /// <summary>One YAML file's references checked against the symbol table.</summary>
        public const string FileReferences = nameof(FileReferences);

        /// <summary>The validated dataset: every file's findings gathered and the model assembled.</summary>
        public const string Dataset = nameof(Dataset);

        /// <summary>Every diagnostic, reported on its own output (no source depends on it).</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>The validated model (null with errors or no data).</summary>
        public const string Model = nameof(Model);

        /// <summary>The settings of <c>DatasetStorage.g.cs</c>.</summary>
        public const string Storage = nameof(Storage);

        /// <summary>The topic vocabulary (the shipped library only).</summary>
        public const string Topics = nameof(Topics);

        /// <summary>Whether any step failed (SRD0022): while it did, no source is written.</summary>
        public const string Failed = nameof(Failed);

        /// <summary>What every table's file is written with besides its records (namespace, container, named-members option); null with errors.</summary>
        public const string TableSettings = nameof(TableSettings);

        /// <summary>One file's records of one table, taken from its checked file, such as <c>MeetingsOfFile</c>.</summary>
        public static string FileTable(string className) => className + "OfFile";

        /// <summary>Where the tables and their segments stand (namespace and container class).</summary>
        public const string TableScope = nameof(TableScope);

        /// <summary>How one table's segments are numbered (the files that give it records), such as <c>MeetingsSegmentNumbers</c>.</summary>
        public static string SegmentNumbers(string className) => className + "SegmentNumbers";

        /// <summary>One file's records of one table with its segment's number, such as <c>MeetingsOfFileNumbered</c>.</summary>
        public static string NumberedFileTable(string className) => className + "OfFileNumbered";

        /// <summary>One file's records of one table, encoded: a segment and its file, such as <c>MeetingsSegments</c>.</summary>
        public static string Segments(string className) => className + "Segments";

        /// <summary>One compiled table put together from its segments and written, such as <c>MeetingsTable</c>.</summary>
        public static string Table(string className) => className + "Table";
    }
}
