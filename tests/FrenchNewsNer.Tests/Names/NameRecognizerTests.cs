using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FrenchNewsNer.Tests.Text;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Persons, organisations and places found by the built-in gazetteers and the name rules, through the
/// public API. Sentences are our own; the names after cues are mostly invented, so that the rules, not
/// the lists, are what is tested.
/// </summary>
[Properties(MaxTest = 100)]
public class NameRecognizerTests
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
    private static readonly EntityExtractor Names = new EntityExtractorBuilder().WithKinds(NameKinds).Build();
    private static readonly EntityExtractor Everything = new EntityExtractorBuilder().Build();

    private static string[] Find(string text, EntityExtractor? extractor = null) =>
        (extractor ?? Names).Extract(text).Entities
            .Where(e => NameKinds.Contains(e.Kind))
            .Select(e => $"{e.Kind}:{e.Text}")
            .ToArray();

    private static string[] Canonicals(string text) =>
        Names.Extract(text).Entities.Select(e => $"{e.Text}={e.Canonical}").ToArray();

    [Fact]
    public void Gazetteer_names_keep_the_document_spelling_when_the_document_never_writes_the_gazetteer_name()
    {
        // FORMAT.md: the canonical is the document's own fullest mention; "Corée du Nord" is not in this text.
        Assert.Equal(
            ["Pyongyang=Pyongyang", "RPDC=RPDC", "Minsk=Minsk"],
            Canonicals("La délégation a quitté Pyongyang, capitale de la RPDC, pour Minsk."));
        Assert.Equal(
            ["Corée du Nord=Corée du Nord", "RPDC=Corée du Nord"],
            Canonicals("La Corée du Nord a tiré. La RPDC dément."));
    }

    [Fact]
    public void A_capitalised_common_word_at_a_sentence_start_is_no_name()
    {
        Assert.Equal(["Organization:TASS", "Location:Minsk"], Find("Selon TASS, la délégation a quitté Minsk."));
        Assert.Equal(["Location:Berlin"], Find("Le train est parti. Puis il est arrivé à Berlin. Enfin, tout le monde est descendu."));
    }

    [Fact]
    public void Demonyms_are_not_entities()
    {
        Assert.Empty(Find("Le ministre russe et son homologue nord-coréen ont signé un accord avec les autorités chinoises."));
    }

    [Fact]
    public void A_place_written_with_a_capital_is_a_place_and_the_common_word_is_not()
    {
        Assert.Equal(["Location:Nice"], Find("Il a passé l'été à Nice, une ville vraiment nice."));
    }

    [Fact]
    public void A_weekday_at_a_sentence_start_is_a_date_not_a_person()
    {
        var result = Everything.Extract("Mercredi, le gouverneur Piotr Ivanenko a inauguré un pont.");
        Assert.DoesNotContain(result.Entities, e => e.Text.Contains("Mercredi", StringComparison.Ordinal) && e.Kind == EntityKind.Person);
        Assert.Contains(result.Entities, e => e.Kind == EntityKind.Person && e.Text == "Piotr Ivanenko");
    }

    [Theory]
    [InlineData("Mme Sophie Vernaudet a répondu aux questions.", "Sophie Vernaudet")]
    [InlineData("Interrogé, M. Durandal n'a pas souhaité commenter.", "Durandal")]
    [InlineData("Le ministre de l'Agriculture Paul Tirevent a démenti.", "Paul Tirevent")]
    [InlineData("La porte-parole Irina Zakharenko a démenti.", "Irina Zakharenko")]
    [InlineData("Le président brésilien Ignacio Pereira da Costa est arrivé.", "Ignacio Pereira da Costa")]
    [InlineData("Le dirigeant sortant Marc van Dongen a été remplacé.", "Marc van Dongen")]
    [InlineData("Le roi Louis XIV a fait construire ce palais.", "Louis XIV")]
    public void A_title_or_role_announces_a_person_and_stays_outside_the_span(string text, string person)
    {
        Assert.Contains("Person:" + person, Find(text));
    }

    [Theory]
    [InlineData("Hier, Natalia Berezovskaïa a démissionné.", "Natalia Berezovskaïa")]
    [InlineData("Les élèves ont accueilli Jean-Pierre Lavallière dans la cour.", "Jean-Pierre Lavallière")]
    [InlineData("Les deux hommes, Moon Jae-in et son conseiller, ont parlé.", "Moon Jae-in")]
    public void A_known_first_name_before_capitalised_words_is_a_person(string text, string person)
    {
        Assert.Contains("Person:" + person, Find(text));
    }

    [Fact]
    public void A_name_wrapped_over_two_lines_is_one_name()
    {
        Assert.Contains("Person:Natalia\nBerezovskaïa", Find("Le rapport de Natalia\nBerezovskaïa a été publié."));
    }

    [Theory]
    [InlineData("L'information a été reprise par l'agence Novinky.", "Novinky")]
    [InlineData("selon l'agence de presse officielle syrienne SANA, il a été libéré.", "SANA")]
    [InlineData("Le ministère des Finances a publié ses chiffres.", "ministère des Finances")]
    [InlineData("Il enseigne à l'Université fédérale de Sibérie depuis dix ans.", "Université fédérale de Sibérie")]
    public void Organisation_cues_give_the_name_without_its_article(string text, string organization)
    {
        Assert.Contains("Organization:" + organization, Find(text));
    }

    [Theory]
    [InlineData("Les avions ont décollé de la base aérienne de Morozovsk.", "base aérienne de Morozovsk")]
    [InlineData("Le lanceur est parti du cosmodrome de Plessetsk.", "cosmodrome de Plessetsk")]
    [InlineData("Les troupes se sont massées dans la région de Belgorod.", "région de Belgorod")]
    [InlineData("Le convoi a atteint la gare de Tchernogorsk-2 au matin.", "gare de Tchernogorsk-2")]
    [InlineData("Les pêcheurs sont rentrés sur l'île Ketoï hier.", "île Ketoï")]
    public void A_designator_and_a_proper_name_make_a_place_with_the_designator(string text, string place)
    {
        Assert.Contains("Location:" + place, Find(text));
    }

    [Fact]
    public void A_country_after_frontiere_is_the_country_alone()
    {
        Assert.Equal(["Location:Pologne"], Find("Ils ont franchi la frontière de la Pologne."));
    }

    [Fact]
    public void A_later_word_of_a_name_takes_its_kind_and_canonical()
    {
        var result = Names.Extract("Le journaliste Arkadi Tcherepanov a été arrêté. Tcherepanov a tout nié.");
        var last = result.Entities[^1];
        Assert.Equal((EntityKind.Person, "Tcherepanov", "Arkadi Tcherepanov"), (last.Kind, last.Text, last.Canonical));
    }

    [Fact]
    public void A_name_seen_once_as_a_person_stays_a_person_in_the_document()
    {
        var result = Names.Extract("L'avocate Claire Limoges a plaidé hier. Pour Limoges, le dossier est vide.");
        Assert.All(result.Entities.Where(e => e.Text.Contains("Limoges", StringComparison.Ordinal)), e => Assert.Equal(EntityKind.Person, e.Kind));
    }

    [Fact]
    public void User_entries_extend_and_override_the_built_in_names()
    {
        var extractor = new EntityExtractorBuilder()
            .WithKinds(NameKinds)
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Organization, "Zorblax", "Zorblax SA"))
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Nice", "Nice Ndlovu"))
            .Build();
        var entities = extractor.Extract("Le groupe Zorblax a recruté Nice.").Entities;
        Assert.Equal(
            [(EntityKind.Organization, "Zorblax", "Zorblax SA"), (EntityKind.Person, "Nice", "Nice Ndlovu")],
            entities.Select(e => (e.Kind, e.Text, e.Canonical)).ToArray());
    }

    [Property]
    public Property Name_spans_never_overlap_and_never_start_with_a_title_or_an_article()
    {
        string[] fragments =
        [
            "Selon TASS,", "le président russe Vladimir Poutine", "M. Kim", "a rencontré", "l'agence Interfax", "à Moscou.",
            "Puis", "la base aérienne de Morozovsk", "Mme Sophie Vernaudet", "le ministère des Finances", "nord-coréen",
            "Mercredi,", "Jean-Pierre Lavallière", "et", "Nice", "nice", "la RPDC", "\n", "Le roi Louis XIV", "Enfin",
        ];
        var texts = Gen.Elements(fragments).ListOf().Select(parts => string.Join(' ', parts));
        string[] forbiddenStarts = ["M. ", "Mme ", "le ", "la ", "l'", "Le ", "La ", "L'"];
        return Prop.ForAll(texts.Shrinking(), text =>
        {
            var entities = Everything.Extract(text).Entities;
            var ordered = entities.OrderBy(e => e.Start).ToArray();
            var disjoint = ordered.Zip(ordered.Skip(1)).All(p => p.First.End <= p.Second.Start);
            var clean = entities.Where(e => NameKinds.Contains(e.Kind))
                .All(e => !forbiddenStarts.Any(f => e.Text.StartsWith(f, StringComparison.Ordinal)) && e.Text.Trim() == e.Text);
            var unclean = entities.Where(e => NameKinds.Contains(e.Kind)
                && (forbiddenStarts.Any(f => e.Text.StartsWith(f, StringComparison.Ordinal)) || e.Text.Trim() != e.Text));
            return disjoint.Label("two entities overlap")
                .And(clean.Label($"a name starts with a title or an article, or has outer spaces: {string.Join(" | ", unclean)}"));
        });
    }
}
