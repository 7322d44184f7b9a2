using System;

namespace SinoRussia.Dataset;

/// <summary>
/// The CAMEO event codes of cue category 04, CONSULT, as the CAMEO codebook names them (Schrodt, Gerner and
/// Yilmaz, <i>CAMEO Event and Actor Codebook</i>, version 1.1b3, 2012). The numeric value is the code:
/// <c>(int)CameoCode.MakeVisit</c> is 42, written <c>042</c> in event data (see
/// <see cref="CameoCodeExtensions.ToCode(CameoCode)"/>). <see cref="EventCoding"/> derives 040 to 044 only; 045
/// and 046 are listed so the category is complete, and are never derived (see docs/event-coding.md).
/// </summary>
public enum CameoCode
{
    /// <summary>
    /// <c>040</c>, <i>Consult, not specified below</i>: all consultations and meetings not otherwise specified.
    /// The codebook uses it only when 041 to 044 cannot be told apart; here, for a video meeting (no CAMEO
    /// code covers video) and for an in-person meeting whose place is unknown and whose roles name no host and guest.
    /// </summary>
    Consult = 40,

    /// <summary>
    /// <c>041</c>, <i>Discuss by telephone</i>: talk about, explain an issue by telephone. Typically reciprocal:
    /// one event each way, actors reversed.
    /// </summary>
    DiscussByTelephone = 41,

    /// <summary>
    /// <c>042</c>, <i>Make a visit</i>: travel to another location for a meeting or other event. The source
    /// actor is the visitor, the target the host; linked to <see cref="CameoCode.HostVisit"/> with the actors reversed.
    /// </summary>
    MakeVisit = 42,

    /// <summary>
    /// <c>043</c>, <i>Host a visit</i>: host or receive a visitor at residence, office or home country. The
    /// source actor is the host, the target the visitor; the linked event of <see cref="CameoCode.MakeVisit"/>.
    /// </summary>
    HostVisit = 43,

    /// <summary>
    /// <c>044</c>, <i>Meet at a 'third' location</i>: a meeting at a location that is the home of neither side,
    /// such as a summit in another country. Reciprocal: one event each way.
    /// </summary>
    MeetAtThirdLocation = 44,

    /// <summary>
    /// <c>045</c>, <i>Mediate</i> (<i>Engage in mediation</i> in the CAMEO 0.7b5 code list). Never derived:
    /// the dataset's meetings are bilateral, and whether a third party mediated is not recorded.
    /// </summary>
    Mediate = 45,

    /// <summary>
    /// <c>046</c>, <i>Engage in negotiation</i>: negotiate or bargain with others. Never derived: the
    /// dataset does not record whether talks were negotiations.
    /// </summary>
    EngageInNegotiation = 46,
}

/// <summary>The event-data spellings of <see cref="CameoCode"/>. An undefined value throws; there is no fallback.</summary>
public static class CameoCodeExtensions
{
    /// <summary>The three-digit code as event data writes it, with its leading zero.</summary>
    /// <param name="code">The code.</param>
    /// <returns><c>040</c>, <c>041</c>, <c>042</c>, <c>043</c>, <c>044</c>, <c>045</c> or <c>046</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined <see cref="CameoCode"/>.</exception>
    public static string ToCode(this CameoCode code) => code switch
    {
        CameoCode.Consult => "040",
        CameoCode.DiscussByTelephone => "041",
        CameoCode.MakeVisit => "042",
        CameoCode.HostVisit => "043",
        CameoCode.MeetAtThirdLocation => "044",
        CameoCode.Mediate => "045",
        CameoCode.EngageInNegotiation => "046",
        _ => throw Undefined(code),
    };

    /// <summary>The codebook's name of the code (CAMEO 1.1b3).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Such as <c>Make a visit</c> or <c>Meet at a 'third' location</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined <see cref="CameoCode"/>.</exception>
    public static string ToName(this CameoCode code) => code switch
    {
        CameoCode.Consult => "Consult, not specified below",
        CameoCode.DiscussByTelephone => "Discuss by telephone",
        CameoCode.MakeVisit => "Make a visit",
        CameoCode.HostVisit => "Host a visit",
        CameoCode.MeetAtThirdLocation => "Meet at a 'third' location",
        CameoCode.Mediate => "Mediate",
        CameoCode.EngageInNegotiation => "Engage in negotiation",
        _ => throw Undefined(code),
    };

    private static ArgumentOutOfRangeException Undefined(CameoCode code)
        => new(nameof(code), code, $"{code} is not a defined CameoCode.");
}
