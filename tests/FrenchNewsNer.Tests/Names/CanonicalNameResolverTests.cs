namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// In-document canonical names, exercised through user gazetteer entries so that the test depends only
/// on the resolution rules, not on the built-in data.
/// </summary>
public class CanonicalNameResolverTests
{
    private static ExtractionResult Extract(string text, params GazetteerEntry[] entries)
    {
        var builder = new EntityExtractorBuilder().WithKinds(GazetteerEntry.SupportedKinds);
        foreach (var entry in entries)
        {
            builder.AddGazetteerEntry(entry);
        }

        return builder.Build().Extract(text);
    }

    private static string[] Canonicals(ExtractionResult result) => result.Entities.Select(e => e.Text + "=" + e.Canonical).ToArray();

    [Fact]
    public void A_short_person_mention_takes_the_full_name_before_or_after_it()
    {
        var result = Extract(
            "Kim est arrivé. Kim Jong Un a rencontré Vladimir Poutine. Puis Poutine et Kim ont parlé.",
            new GazetteerEntry(EntityKind.Person, "Kim"),
            new GazetteerEntry(EntityKind.Person, "Kim Jong Un"),
            new GazetteerEntry(EntityKind.Person, "Vladimir Poutine"),
            new GazetteerEntry(EntityKind.Person, "Poutine"));
        Assert.Equal(
            ["Kim=Kim Jong Un", "Kim Jong Un=Kim Jong Un", "Vladimir Poutine=Vladimir Poutine", "Poutine=Vladimir Poutine", "Kim=Kim Jong Un"],
            Canonicals(result));
    }

    [Fact]
    public void An_ambiguous_short_mention_takes_the_nearest_full_name_before_it()
    {
        // A shared surname: the press means the person named last. (A shared first name alone stays itself:
        // see FirstNameMentionProperties.)
        var result = Extract(
            "Paul Zorbec parle. Anne Zorbec répond. Zorbec se tait.",
            new GazetteerEntry(EntityKind.Person, "Zorbec"),
            new GazetteerEntry(EntityKind.Person, "Paul Zorbec"),
            new GazetteerEntry(EntityKind.Person, "Anne Zorbec"));
        Assert.Equal("Anne Zorbec", result.Entities[^1].Canonical);
    }

    [Fact]
    public void An_acronym_takes_the_canonical_of_its_expansion()
    {
        var result = Extract(
            "La RPDC, nom officiel de la Corée du Nord (République populaire démocratique de Corée).",
            new GazetteerEntry(EntityKind.Location, "RPDC"),
            new GazetteerEntry(EntityKind.Location, "Corée du Nord"),
            new GazetteerEntry(EntityKind.Location, "République populaire démocratique de Corée", "Corée du Nord"));
        Assert.Equal(["RPDC=Corée du Nord", "Corée du Nord=Corée du Nord", "République populaire démocratique de Corée=Corée du Nord"], Canonicals(result));
    }

    [Fact]
    public void A_short_organisation_name_takes_the_full_one()
    {
        var result = Extract(
            "L'agence Ria Novosti rapporte. Selon Ria, tout va bien.",
            new GazetteerEntry(EntityKind.Organization, "Ria Novosti"),
            new GazetteerEntry(EntityKind.Organization, "Ria"));
        Assert.Equal(["Ria Novosti=Ria Novosti", "Ria=Ria Novosti"], Canonicals(result));
    }

    [Fact]
    public void A_person_short_name_never_points_to_a_place()
    {
        var result = Extract(
            "Washington a parlé. George Washington aussi.",
            new GazetteerEntry(EntityKind.Location, "Washington"),
            new GazetteerEntry(EntityKind.Person, "George Washington"));
        Assert.Equal("Washington", result.Entities[0].Canonical);
    }

    [Fact]
    public void A_gazetteer_canonical_on_the_mention_itself_is_kept()
    {
        var result = Extract(
            "Pyongyang et la Corée du Nord.",
            new GazetteerEntry(EntityKind.Location, "Pyongyang"),
            new GazetteerEntry(EntityKind.Location, "Corée du Nord"));
        Assert.Equal(["Pyongyang=Pyongyang", "Corée du Nord=Corée du Nord"], Canonicals(result));
    }

    [Fact]
    public void The_working_arrays_a_thread_keeps_carry_nothing_from_one_document_to_the_next()
    {
        // The resolver reuses its arrays on a thread: a long document, then a short one, then the long one again
        // must give what each gives alone.
        var extractor = new EntityExtractorBuilder().WithKinds(GazetteerEntry.SupportedKinds)
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Zorbec"))
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Paul Zorbec"))
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Anne Zorbec"))
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Organization, "Ria Novosti"))
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Organization, "Ria"))
            .Build();
        var longText = string.Concat(Enumerable.Repeat("Paul Zorbec parle. Anne Zorbec répond. Zorbec se tait. Ria Novosti le dit. ", 40));
        const string shortText = "Zorbec se tait. Selon Ria, Anne Zorbec répond.";
        var longAlone = Canonicals(extractor.Extract(longText));
        var shortAlone = Canonicals(extractor.Extract(shortText));
        Assert.Equal(shortAlone, Canonicals(extractor.Extract(shortText)));
        Assert.Equal(longAlone, Canonicals(extractor.Extract(longText)));
        Assert.Equal(["Zorbec=Anne Zorbec", "Ria=Ria", "Anne Zorbec=Anne Zorbec"], shortAlone);
    }
}
