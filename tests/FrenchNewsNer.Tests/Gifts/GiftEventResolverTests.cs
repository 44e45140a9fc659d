namespace FrenchNewsNer.Tests.Gifts;

/// <summary>
/// Gift items and events on varied sentences. Persons come from builder entries so that these tests
/// exercise only the gift rules.
/// </summary>
public class GiftEventResolverTests
{
    private static readonly EntityExtractor Extractor = new EntityExtractorBuilder()
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Kim Jong Un"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Kim"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Vladimir Poutine"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Oleg Kojémiako"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Alexandre Kozlov"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Emmanuel Macron"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Xi Jinping"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Angela Merkel"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Organization, "TASS"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "Primorye"))
        .Build();

    private static string Describe(ExtractionResult result) =>
        string.Join(" | ", result.Gifts.Select(g =>
            $"{g.Giver ?? "?"} -> {g.Recipient ?? "?"}{(g.Mutual ? " (mutual)" : string.Empty)}: "
            + string.Join(", ", g.Items.Select(i => $"{i.Text} [{((GiftValue)i.Value!).Count?.ToString() ?? "-"} {((GiftValue)i.Value!).Item}]"))));

    [Theory]
    [InlineData(
        "Oleg Kojémiako a offert à Kim un drone de reconnaissance, un gilet pare-balles et des vêtements spéciaux.",
        "Oleg Kojémiako -> Kim: un drone de reconnaissance [1 drone de reconnaissance], un gilet pare-balles [1 gilet pare-balles], des vêtements spéciaux [- vêtement spécial]")]
    [InlineData(
        "Emmanuel Macron a offert un cheval à Xi Jinping.",
        "Emmanuel Macron -> Xi Jinping: un cheval [1 cheval]")]
    [InlineData(
        "Xi Jinping a offert deux pandas au zoo, puis Angela Merkel lui a offert trois livres anciens.",
        "Xi Jinping -> ?: deux pandas [2 panda] | Angela Merkel -> Xi Jinping: trois livres anciens [3 livre ancien]")]
    public void Active_gifts(string text, string expected)
    {
        Assert.Equal(expected, Describe(Extractor.Extract(text)));
    }

    [Theory]
    [InlineData(
        "Selon l'agence TASS, Oleg Kojémiako a offert à Kim «un gilet pare-balles» et «des vêtements spéciaux», a-t-on appris.",
        "Oleg Kojémiako -> Kim: un gilet pare-balles [1 gilet pare-balles], des vêtements spéciaux [- vêtement spécial]")]
    [InlineData(
        "Oleg Kojémiako a offert à Kim un ensemble de protection pour les actions d'assaut» et «des vêtements spéciaux», a-t-on appris.",
        "Oleg Kojémiako -> Kim: un ensemble de protection pour les actions d'assaut [1 ensemble de protection], des vêtements spéciaux [- vêtement spécial]")]
    [InlineData(
        "Oleg Kojémiako a offert à Kim «un gilet pare-balles» et a salué «des relations excellentes».",
        "Oleg Kojémiako -> Kim: un gilet pare-balles [1 gilet pare-balles]")]
    public void Quoted_enumerations_of_items(string text, string expected)
    {
        Assert.Equal(expected, Describe(Extractor.Extract(text)));
    }

    [Theory]
    [InlineData("Angela Merkel a remis à Emmanuel Macron une montre ancienne.", "Angela Merkel -> Emmanuel Macron: une montre ancienne [1 montre ancienne]")]
    [InlineData("Emmanuel Macron a fait cadeau à Xi Jinping d'un cheval de course.", "Emmanuel Macron -> Xi Jinping: un cheval de course [1 cheval de course]")]
    [InlineData("Xi Jinping a reçu en cadeau deux vases d'Angela Merkel.", "Angela Merkel -> Xi Jinping: deux vases [2 vase]")]
    [InlineData("Angela Merkel lui a fait cadeau de deux vases.", "Angela Merkel -> ?: deux vases [2 vase]")]
    [InlineData("Vladimir Poutine a fait don d'un tableau au musée.", "Vladimir Poutine -> ?: un tableau [1 tableau]")]
    [InlineData("Vladimir Poutine a offert à Kim un samovar, un tapis et une lanterne en cuivre.", "Vladimir Poutine -> Kim: un samovar [1 samovar], un tapis [1 tapis], une lanterne en cuivre [1 lanterne en cuivre]")]
    public void Other_gift_constructions_and_unknown_objects(string text, string expected)
    {
        Assert.Equal(expected, Describe(Extractor.Extract(text)));
    }

    [Theory]
    [InlineData("Parmi les présents offerts par Vladimir Poutine à Kim figurait aussi un service à thé.", "Vladimir Poutine -> Kim: un service à thé [1 service à thé]")]
    [InlineData("Les cadeaux d'Angela Merkel comprenaient deux vases et une montre.", "Angela Merkel -> ?: deux vases [2 vase], une montre [1 montre]")]
    [InlineData("Ses cadeaux : un drone, un gilet et des jumelles.", "? -> ?: un drone [1 drone], un gilet [1 gilet], des jumelles [- jumelle]")]
    [InlineData("Les présents ont applaudi le discours d'Emmanuel Macron.", "")]
    public void Presents_named_as_a_subject(string text, string expected)
    {
        Assert.Equal(expected, Describe(Extractor.Extract(text)));
    }

    [Fact]
    public void Fronted_items_with_outre_join_the_event()
    {
        const string text = "Kim Jong Un est à Vladivostok. Plus tôt, outre cinq drones explosifs, Oleg Kojémiako, le gouverneur de la région de Primorye, avait offert à Kim un drone de reconnaissance.";
        Assert.Equal(
            "Oleg Kojémiako -> Kim Jong Un: cinq drones explosifs [5 drone explosif], un drone de reconnaissance [1 drone de reconnaissance]",
            Describe(Extractor.Extract(text)));
    }

    [Fact]
    public void A_received_gift_with_the_giver_named_by_role_elsewhere()
    {
        const string text = "Kim Jong Un a reçu hier en cadeau cinq drones kamikazes et un gilet par balles des mains du gouverneur de la région de Primorye. "
            + "Le gouverneur (Oleg Kojémiako) a salué la visite.";
        Assert.Equal(
            "Oleg Kojémiako -> Kim Jong Un: cinq drones kamikazes [5 drone kamikaze], un gilet par balles [1 gilet pare-balles]",
            Describe(Extractor.Extract(text)));
    }

    [Fact]
    public void A_received_gift_with_a_de_giver_and_its_apposition()
    {
        const string text = "Kim Jong Un a reçu en cadeau d'Alexandre Kozlov, ministre russe de l'Ecologie, une peinture intitulée «Ile Roussky», avec une image en relief.";
        Assert.Equal("Alexandre Kozlov -> Kim Jong Un: une peinture intitulée «Ile Roussky» [1 peinture]", Describe(Extractor.Extract(text)));
    }

    [Fact]
    public void A_role_subject_resolves_through_an_apposition()
    {
        const string text = "Le dirigeant nord-coréen Kim Jong Un est arrivé. Le dirigeant a reçu cinq drones kamikazes et un drone de reconnaissance de type +Geran-25+ à décollage vertical.";
        Assert.Equal(
            "? -> Kim Jong Un: cinq drones kamikazes [5 drone kamikaze], un drone de reconnaissance de type +Geran-25+ à décollage vertical [1 drone de reconnaissance]",
            Describe(Extractor.Extract(text)));
    }

    [Theory]
    [InlineData("Vladimir Poutine et Kim Jong Un ont parlé. Les deux dirigeants se sont mutuellement offert un fusil.", "Vladimir Poutine -> Kim Jong Un (mutual): un fusil [1 fusil]")]
    [InlineData("Vladimir Poutine et Kim Jong Un ont échangé des fusils.", "Vladimir Poutine -> Kim Jong Un (mutual): des fusils [- fusil]")]
    public void Mutual_gifts(string text, string expected)
    {
        Assert.Equal(expected, Describe(Extractor.Extract(text)));
    }

    [Theory]
    [InlineData("Le fusil offert par Vladimir Poutine à Kim est exposé.", "Vladimir Poutine -> Kim: Le fusil [- fusil]")]
    [InlineData("Un cheval a été offert à Xi Jinping par Emmanuel Macron.", "Emmanuel Macron -> Xi Jinping: Un cheval [1 cheval]")]
    public void Passive_gifts(string text, string expected)
    {
        Assert.Equal(expected, Describe(Extractor.Extract(text)));
    }

    [Theory]
    [InlineData("Moscou a livré des munitions à Pyongyang.")]
    [InlineData("La Russie a vendu des avions à l'Inde.")]
    [InlineData("L'Europe a acheté du gaz russe.")]
    [InlineData("Vladimir Poutine a offert son soutien à Kim.")]
    [InlineData("Cette visite offre une perspective nouvelle à Kim.")]
    [InlineData("Kim Jong Un était présent à la cérémonie, avec des présents ministres.")]
    [InlineData("Kim a visité le site, là encore des cadeaux à valeur de symbole étaient exposés.")]
    [InlineData("Kim a reçu des étudiants nord-coréens sur le campus.")]
    [InlineData("Emmanuel Macron a donné son accord à Angela Merkel.")]
    public void Not_gifts(string text)
    {
        Assert.Empty(Extractor.Extract(text).Gifts);
        Assert.DoesNotContain(Extractor.Extract(text).Entities, e => e.Kind == EntityKind.Gift);
    }

    [Fact]
    public void Gift_items_are_a_separate_layer_with_exact_offsets()
    {
        const string text = "Selon TASS, Oleg Kojémiako a offert à Kim \"des vêtements spéciaux non-détectables par les caméras thermiques\", selon ses services.";
        var result = Extractor.Extract(text);
        var gift = Assert.Single(result.Entities, e => e.Kind == EntityKind.Gift);
        Assert.Equal("des vêtements spéciaux non-détectables par les caméras thermiques", gift.Text);
        Assert.Equal(gift.Text, text.Substring(gift.Start, gift.Length));
        Assert.Same(gift, Assert.Single(Assert.Single(result.Gifts).Items));
    }

    [Fact]
    public void Gifts_are_only_reported_when_asked_for()
    {
        var result = Extractor.Extract("Oleg Kojémiako a offert à Kim un drone.", new ExtractionOptions { Kinds = EntityKindSet.Of(EntityKind.Person) });
        Assert.Empty(result.Gifts);
        Assert.All(result.Entities, e => Assert.Equal(EntityKind.Person, e.Kind));
    }
}
