using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset;

/// <summary>
/// Codes meetings as the directed, dated events of event data (GDELT, ICEWS, POLECAT): CAMEO 04x codes and
/// PLOVER <c>CONSULT</c> events with their mode, between CAMEO-style actors, derived from each meeting's format,
/// place and participants' roles by the rule below. <c>EventCoding.Code(Meetings.All)</c> is the events table.
/// </summary>
/// <remarks>
/// <para>
/// For every ordered pair (a, b) of a meeting's participants whose officials' countries differ, in participant
/// order (a, then b, over <see cref="Meeting.Participants"/>), one event with a as source and b as target:
/// </para>
/// <list type="number">
/// <item><description>Phone (<see cref="MeetingFormat.Phone"/>): 041 <i>Discuss by telephone</i>, mode
/// <c>phone</c>; rule <see cref="PhoneRule"/>.</description></item>
/// <item><description>Virtual (<see cref="MeetingFormat.Virtual"/>): 040 <i>Consult, not specified below</i>,
/// as no CAMEO code covers a video meeting (041 is telephone only), and no PLOVER mode, as the issue that
/// specified the rule asks (PLOVER's <c>phone</c> mode reads "phone or some other remote medium": a user
/// who wants it can map rule <see cref="VirtualRule"/> to it); rule <see cref="VirtualRule"/>.</description></item>
/// <item><description>In person with a known place: if the place's country is a's, a hosts b: 043 <i>Host a
/// visit</i>, mode <c>host</c>, rule <see cref="InPersonHostRule"/>; else if it is b's, a visits b: 042 <i>Make a
/// visit</i>, mode <c>visit</c>, rule <see cref="InPersonGuestRule"/>; else (neither's country) 044 <i>Meet at a
/// 'third' location</i>, mode <c>third-party</c>, rule <see cref="ThirdCountryRule"/>. The place decides; the
/// roles are not consulted.</description></item>
/// <item><description>In person with no known place: a guest and b host, 042 and <c>visit</c>, rule
/// <see cref="RoleGuestRule"/>; a host and b guest, 043 and <c>host</c>, rule <see cref="RoleHostRule"/>;
/// otherwise 040 with no mode (<see cref="PloverMode.None"/>), rule <see cref="NoRule"/>.</description></item>
/// </list>
/// <para>
/// Pairs from the same country (such as two members of one delegation) give no event. CAMEO 045 and 046 and
/// the PLOVER mode <c>multilateral</c> are never derived. Countries are compared as ISO 3166-1 alpha-2 codes,
/// ordinally.
/// </para>
/// </remarks>
public static class EventCoding
{
    /// <summary>The PLOVER event type of every meeting event: <c>CONSULT</c>.</summary>
    public const string PloverEvent = "CONSULT";

    /// <summary>Rule <c>phone</c>: a call; 041 and mode <c>phone</c>, both ways.</summary>
    public const string PhoneRule = Vocabularies.PhoneCode;

    /// <summary>Rule <c>virtual</c>: a video meeting; 040 with no mode, both ways.</summary>
    public const string VirtualRule = Vocabularies.VirtualCode;

    /// <summary>Rule <c>in-person-guest</c>: in person in the target's country, so the source visits; 042 and mode <c>visit</c>.</summary>
    public const string InPersonGuestRule = "in-person-guest";

    /// <summary>Rule <c>in-person-host</c>: in person in the source's country, so the source hosts; 043 and mode <c>host</c>.</summary>
    public const string InPersonHostRule = "in-person-host";

    /// <summary>Rule <c>third-country</c>: in person in a country that is neither's; 044 and mode <c>third-party</c>.</summary>
    public const string ThirdCountryRule = "third-country";

    /// <summary>Rule <c>role-guest</c>: in person, place unknown, source guest and target host; 042 and mode <c>visit</c>.</summary>
    public const string RoleGuestRule = "role-guest";

    /// <summary>Rule <c>role-host</c>: in person, place unknown, source host and target guest; 043 and mode <c>host</c>.</summary>
    public const string RoleHostRule = "role-host";

    /// <summary>Rule <c>no-rule</c>: in person, place unknown, roles naming no host and guest; 040 with no mode.</summary>
    public const string NoRule = "no-rule";

    /// <summary>The events of one meeting, by the rule in the remarks of <see cref="EventCoding"/>.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>One event per ordered pair of participants from different countries, in participant order; empty
    /// when all participants are from one country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="ArgumentException">A participant's country is not an officially assigned ISO 3166-1
    /// alpha-2 code (see <see cref="CameoActor.Alpha3(string)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The meeting's format is not a defined <see cref="MeetingFormat"/>.</exception>
    public static IReadOnlyList<MeetingEvent> Code(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var events = new List<MeetingEvent>();
        var participants = meeting.Participants;
        for (var i = 0; i < participants.Count; i++)
        {
            for (var j = 0; j < participants.Count; j++)
            {
                var source = participants[i];
                var target = participants[j];
                if (i == j || string.Equals(source.Official.Country, target.Official.Country, StringComparison.Ordinal))
                {
                    continue;
                }

                var (cameo, mode, rule) = Classify(meeting, source, target);
                events.Add(new MeetingEvent(meeting, source.Official, target.Official, cameo, mode, rule));
            }
        }

        return events.AsReadOnly();
    }

    /// <summary>The events of many meetings: the events table, meeting by meeting in the order given.</summary>
    /// <param name="meetings">The meetings, such as <c>Meetings.All</c>.</param>
    /// <returns>The events of each meeting (see <see cref="Code(Meeting)"/>), concatenated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meetings"/> or one of its meetings is null.</exception>
    /// <exception cref="ArgumentException">A participant's country is not an officially assigned ISO 3166-1 alpha-2 code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A meeting's format is not a defined <see cref="MeetingFormat"/>.</exception>
    public static IReadOnlyList<MeetingEvent> Code(IEnumerable<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var events = new List<MeetingEvent>();
        foreach (var meeting in meetings)
        {
            events.AddRange(Code(meeting));
        }

        return events.AsReadOnly();
    }

    private static (CameoCode Cameo, PloverMode Mode, string Rule) Classify(Meeting meeting, Participant source, Participant target)
        => meeting.Format switch
        {
            MeetingFormat.Phone => (CameoCode.DiscussByTelephone, PloverMode.Phone, PhoneRule),
            MeetingFormat.Virtual => (CameoCode.Consult, PloverMode.None, VirtualRule),
            MeetingFormat.InPerson => meeting.Place is { } place ? ByPlace(place, source, target) : ByRoles(source, target),
            _ => throw new ArgumentOutOfRangeException(nameof(meeting), meeting.Format,
                $"Meeting {meeting.Id} has format {meeting.Format}, which is not a defined MeetingFormat."),
        };

    private static (CameoCode Cameo, PloverMode Mode, string Rule) ByPlace(Place place, Participant source, Participant target)
    {
        if (string.Equals(place.Country, source.Official.Country, StringComparison.Ordinal))
        {
            return (CameoCode.HostVisit, PloverMode.Host, InPersonHostRule);
        }

        if (string.Equals(place.Country, target.Official.Country, StringComparison.Ordinal))
        {
            return (CameoCode.MakeVisit, PloverMode.Visit, InPersonGuestRule);
        }

        return (CameoCode.MeetAtThirdLocation, PloverMode.ThirdParty, ThirdCountryRule);
    }

    private static (CameoCode Cameo, PloverMode Mode, string Rule) ByRoles(Participant source, Participant target)
        => (source.Role, target.Role) switch
        {
            (ParticipantRole.Guest, ParticipantRole.Host) => (CameoCode.MakeVisit, PloverMode.Visit, RoleGuestRule),
            (ParticipantRole.Host, ParticipantRole.Guest) => (CameoCode.HostVisit, PloverMode.Host, RoleHostRule),
            _ => (CameoCode.Consult, PloverMode.None, NoRule),
        };
}
