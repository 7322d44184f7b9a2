namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// The dataset's vocabulary spellings the draft writes, as constants the drafting code can match on.
/// They are the runtime's <c>Codes.ToCode</c> spellings; a test holds each constant equal to it, so the
/// one vocabulary table stays one.
/// </summary>
internal static class DraftCodes
{
    public const string InPerson = "in-person";
    public const string Virtual = "virtual";
    public const string Phone = "phone";
    public const string Host = "host";
    public const string Guest = "guest";
    public const string Participant = "participant";
    public const string Stated = "stated";
    public const string Dateline = "dateline";
    public const string Inferred = "inferred";
    public const string Direct = "direct";
    public const string Reported = "reported";
    public const string Day = "day";
    public const string Month = "month";
    public const string Year = "year";
}
