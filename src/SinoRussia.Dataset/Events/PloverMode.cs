using System;

namespace SinoRussia.Dataset;

/// <summary>
/// The mode of a PLOVER <c>CONSULT</c> event (openeventdata/PLOVER, <c>PLOVER_MANUAL.tex</c>, table "CONSULT
/// modes"). Every <see cref="MeetingEvent"/> is a <c>CONSULT</c> event; the mode says how the consultation
/// took place. <see cref="PloverModeExtensions.ToCodebookName(PloverMode)"/> gives the codebook's spelling.
/// </summary>
/// <remarks>
/// The current manual (draft 2.0, 2024) defines four modes: <c>visit</c>, <c>third-party</c>,
/// <c>multilateral</c> and <c>phone</c>. <see cref="PloverMode.Host"/> is from the drafts of 2017 to July 2021, which
/// also had <c>host</c>; see its remarks.
/// </remarks>
public enum PloverMode
{
    /// <summary>No mode: no rule places the meeting (an in-person meeting with no known place and no host and guest roles).</summary>
    None = 0,

    /// <summary><c>phone</c>: "Consultation occurs via phone or some other remote medium". Given to calls; video
    /// meetings get no mode (see <see cref="EventCoding.VirtualRule"/>).</summary>
    Phone = 1,

    /// <summary>
    /// <c>visit</c>: "actor is visiting, recipient is hosting". The event's source is the visitor, its target the
    /// host, as in CAMEO 042.
    /// </summary>
    Visit = 2,

    /// <summary>
    /// <c>host</c>: "Meeting is hosted by source". The event's source is the host, its target the visitor, as in
    /// CAMEO 043.
    /// </summary>
    /// <remarks>
    /// Defined in the PLOVER drafts of 2017 to 8 July 2021 and dropped from the manual since 29 July 2021: the
    /// current manual codes a visit once, with the visitor as actor, the host as recipient and mode
    /// <c>visit</c>. The host-side event of a visit (CAMEO 043) carries this mode so that the two directions
    /// stay distinct; to compare with data coded to the current manual (such as POLECAT), keep the
    /// <see cref="PloverMode.Visit"/> event and drop this one.
    /// </remarks>
    Host = 3,

    /// <summary><c>third-party</c>: "Meeting is hosted by a third party", as in CAMEO 044.</summary>
    ThirdParty = 4,

    /// <summary>
    /// <c>multilateral</c>: "Meeting occurs in a multilateral context, typically an alliance or IGO". Defined by
    /// the codebook but never derived here: the dataset's meetings are bilateral, including those held on the
    /// sidelines of a summit.
    /// </summary>
    Multilateral = 5,
}

/// <summary>The codebook spellings of <see cref="PloverMode"/>. An undefined value throws; there is no fallback.</summary>
public static class PloverModeExtensions
{
    /// <summary>The mode as the PLOVER codebook spells it.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns><c>phone</c>, <c>visit</c>, <c>host</c>, <c>third-party</c> or <c>multilateral</c>; null for <see cref="PloverMode.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="PloverMode"/>.</exception>
    public static string? ToCodebookName(this PloverMode mode) => mode switch
    {
        PloverMode.None => null,
        PloverMode.Phone => "phone",
        PloverMode.Visit => "visit",
        PloverMode.Host => "host",
        PloverMode.ThirdParty => "third-party",
        PloverMode.Multilateral => "multilateral",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{mode} is not a defined PloverMode."),
    };
}
