using System.Collections.Generic;

namespace SinoRussia.Dataset;

/// <summary>
/// One directed, dated event of a meeting in event-data form: <see cref="SourceOfficial"/> consults
/// <see cref="TargetOfficial"/>, coded as a CAMEO 04x code (<see cref="Cameo"/>) and a PLOVER <c>CONSULT</c>
/// event with its <see cref="PloverMode"/>, between CAMEO-style actors such as <c>CHNGOV</c> and <c>RUSGOV</c>.
/// A meeting gives one event per ordered pair of participants from different countries (see
/// <see cref="EventCoding.Code(Meeting)"/>, which makes every instance). Immutable.
/// </summary>
public sealed class MeetingEvent
{
    internal MeetingEvent(Meeting meeting, Official source, Official target, CameoCode cameo, PloverMode ploverMode, string rule)
    {
        Meeting = meeting;
        Date = meeting.Date;
        SourceOfficial = source;
        TargetOfficial = target;
        SourceActor = CameoActor.Of(source);
        TargetActor = CameoActor.Of(target);
        Cameo = cameo;
        PloverMode = ploverMode;
        Rule = rule;
        Id = $"{meeting.Id}:{source.Id}>{target.Id}";
    }

    /// <summary>The stable id: the meeting's id, then the source and target officials' ids, as <c>meeting:source&gt;target</c>
    /// (<c>wang-yi-shoigu-2025-02-28:sergei-shoigu&gt;wang-yi</c>).</summary>
    public string Id { get; }

    /// <summary>The meeting the event is drawn from.</summary>
    public Meeting Meeting { get; }

    /// <summary>The date of the meeting, to its known precision.</summary>
    public PartialDate Date { get; }

    /// <summary>The documents that report the meeting (the meeting's <see cref="Meeting.Sources"/>).</summary>
    public IReadOnlyList<Source> Sources => Meeting.Sources;

    /// <summary>The official who acts: in 042 the visitor, in 043 the host.</summary>
    public Official SourceOfficial { get; }

    /// <summary>The official acted towards: in 042 the host, in 043 the visitor.</summary>
    public Official TargetOfficial { get; }

    /// <summary>The source's CAMEO-style actor code, such as <c>CHNGOV</c> (see <see cref="CameoActor"/>).</summary>
    public string SourceActor { get; }

    /// <summary>The target's CAMEO-style actor code, such as <c>RUSGOV</c>.</summary>
    public string TargetActor { get; }

    /// <summary>The CAMEO event code, one of 040 to 044.</summary>
    public CameoCode Cameo { get; }

    /// <summary>The mode of the PLOVER <c>CONSULT</c> event; <see cref="SinoRussia.Dataset.PloverMode.None"/> where no rule places the meeting.</summary>
    public PloverMode PloverMode { get; }

    /// <summary>
    /// The id of the rule that gave the codes: one of <see cref="EventCoding.PhoneRule"/>,
    /// <see cref="EventCoding.VirtualRule"/>, <see cref="EventCoding.InPersonGuestRule"/>,
    /// <see cref="EventCoding.InPersonHostRule"/>, <see cref="EventCoding.ThirdCountryRule"/>,
    /// <see cref="EventCoding.RoleGuestRule"/>, <see cref="EventCoding.RoleHostRule"/> or <see cref="EventCoding.NoRule"/>.
    /// </summary>
    public string Rule { get; }

    /// <summary>The event on one line: date, actors and codes, officials and rule.</summary>
    /// <returns>Such as <c>2025-02-28 RUSGOV 042 CHNGOV (Sergei Shoigu &gt; Wang Yi, CONSULT/visit, in-person-guest)</c>.</returns>
    public override string ToString()
        => $"{Date} {SourceActor} {Cameo.ToCode()} {TargetActor} ({SourceOfficial.Name} > {TargetOfficial.Name}, " +
           $"{EventCoding.PloverEvent}/{PloverModeExtensions.ToCodebookName(PloverMode) ?? "-"}, {Rule})";
}
