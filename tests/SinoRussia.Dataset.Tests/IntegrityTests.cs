namespace SinoRussia.Dataset.Tests;

/// <summary>References resolve, posts cover meeting dates, and the records agree with each other.</summary>
public class IntegrityTests
{
    [Fact]
    public void Every_reference_resolves_to_a_record_of_the_dataset()
    {
        foreach (var meeting in Meetings.All)
        {
            meeting.Participants.ShouldNotBeEmpty(meeting.Id);
            meeting.Sources.ShouldNotBeEmpty(meeting.Id);
            meeting.Participants.ShouldAllBe(p => Officials.All.Contains(p.Official));
            meeting.Sources.ShouldAllBe(s => Sources.All.Contains(s));
            if (meeting.Mechanism is { } mechanism)
            {
                Mechanisms.All.ShouldContain(mechanism);
            }
        }

        foreach (var quote in Quotes.All)
        {
            Officials.All.ShouldContain(quote.Speaker);
            Meetings.All.ShouldContain(quote.Meeting);
            Sources.All.ShouldContain(quote.Source);
        }

        foreach (var position in Officials.All.SelectMany(o => o.Positions))
        {
            Organisations.All.ShouldContain(position.Organisation);
        }
    }

    [Fact]
    public void Every_participant_held_a_post_on_the_meeting_date()
    {
        foreach (var meeting in Meetings.All)
        {
            foreach (var participant in meeting.Participants)
            {
                participant.Post.ShouldNotBeNull($"{meeting.Id}: {participant.Official.Id}");
            }
        }
    }

    [Fact]
    public void A_quote_is_said_by_a_participant_of_its_meeting_and_its_source_reports_that_meeting()
    {
        foreach (var quote in Quotes.All)
        {
            quote.Meeting.Involves(quote.Speaker).ShouldBeTrue(quote.Id);
            quote.Meeting.Sources.ShouldContain(quote.Source, quote.Id);
        }
    }

    [Fact]
    public void A_meeting_has_every_topic_of_its_own_quotes()
    {
        foreach (var quote in Quotes.All)
        {
            foreach (var topic in quote.Topics)
            {
                quote.Meeting.Topics.ShouldContain(topic, $"{quote.Meeting.Id} lacks the topic {Topics.IdOf(topic)} of {quote.Id}");
            }
        }
    }

    [Fact]
    public void Every_official_takes_part_in_a_meeting_and_every_source_reports_one()
    {
        Officials.All.ShouldAllBe(o => Meetings.All.Any(m => m.Involves(o)));
        Sources.All.ShouldAllBe(s => Meetings.All.Any(m => m.Sources.Contains(s)));
    }

    [Fact]
    public void Ids_are_unique_and_lookups_return_the_named_members()
    {
        Meetings.All.Select(m => m.Id).ShouldBeUnique();
        Officials.All.Select(o => o.Id).ShouldBeUnique();
        Quotes.All.Select(q => q.Id).ShouldBeUnique();
        Officials.All.ShouldAllBe(o => Officials.ById(o.Id) == o);
        Meetings.All.ShouldAllBe(m => Meetings.ById(m.Id) == m);
        Officials.ById("wang-yi").ShouldBeSameAs(Officials.WangYi);
        Meetings.ById("wang-yi-shoigu-2025-02-28").ShouldBeSameAs(Meetings.WangYiShoigu2025_02_28);
        Officials.TryGetById("wang-yii", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => Officials.ById("nobody"));
    }

    [Fact]
    public void Meetings_are_ordered_by_date()
    {
        Meetings.All.Select(m => m.Date).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Collections_cannot_be_changed_by_callers()
    {
        (Meetings.All as Meeting[]).ShouldBeNull();
        ((ICollection<Meeting>)Meetings.All).IsReadOnly.ShouldBeTrue();
        ((ICollection<Participant>)Meetings.All[0].Participants).IsReadOnly.ShouldBeTrue();
    }

    [Fact]
    public void Inferred_dates_and_places_say_how_they_were_inferred()
    {
        Meetings.All.Where(m => m.DateBasis != FactBasis.Stated).ShouldAllBe(m => !string.IsNullOrWhiteSpace(m.DateNote));
        Meetings.All.Where(m => m.Place != null && m.Place.Basis == FactBasis.Inferred).ShouldAllBe(m => !string.IsNullOrWhiteSpace(m.Place!.Note));
        Meetings.All.Where(m => m.Format != MeetingFormat.InPerson).ShouldAllBe(m => m.Place == null);
    }
}
