using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Names.Gazetteers;

/// <summary>The embedded gazetteers know the names news about Russia and Korea is made of.</summary>
public class BuiltInGazetteerTests
{
    private static NameGazetteers G => NameGazetteers.BuiltIn;

    private static PlaceEntry Place(string name)
    {
        Assert.True(G.Places.TryGet(name, out var entry), $"'{name}' is not a place");
        return entry;
    }

    [Theory]
    [InlineData("Moscou", "Moscou", "City", "RU")]
    [InlineData("Moscow", "Moscou", "City", "RU")]
    [InlineData("Pyongyang", "Pyongyang", "City", "KP")]
    [InlineData("Vladivostok", "Vladivostok", "City", "RU")]
    [InlineData("Séoul", "Séoul", "City", "KR")]
    [InlineData("Seoul", "Séoul", "City", "KR")]
    [InlineData("Washington", "Washington", "City", "US")]
    [InlineData("Ukraine", "Ukraine", "Country", "UA")]
    [InlineData("Russie", "Russie", "Country", "RU")]
    [InlineData("Fédération de Russie", "Russie", "Country", "RU")]
    [InlineData("Corée du Nord", "Corée du Nord", "Country", "KP")]
    [InlineData("RPDC", "Corée du Nord", "Country", "KP")]
    [InlineData("République populaire démocratique de Corée", "Corée du Nord", "Country", "KP")]
    [InlineData("Kiev", "Kiev", "City", "UA")]
    [InlineData("Kyiv", "Kiev", "City", "UA")]
    [InlineData("États-Unis", "États-Unis", "Country", "US")]
    [InlineData("É.-U.", "États-Unis", "Country", "US")]
    [InlineData("USA", "États-Unis", "Country", "US")]
    [InlineData("Royaume-Uni", "Royaume-Uni", "Country", "GB")]
    [InlineData("Chine", "Chine", "Country", "CN")]
    [InlineData("RPC", "Chine", "Country", "CN")]
    [InlineData("Géorgie", "Géorgie", "Country", "GE")]
    [InlineData("Primorye", "Primorie", "Region", "RU")]
    [InlineData("Kraï du Primorie", "Primorie", "Region", "RU")]
    [InlineData("Khassan", "Khassan", "Locality", "RU")]
    [InlineData("Kniévitchi", "Kniévitchi", "Locality", "RU")]
    [InlineData("Vostotchny", "Vostotchny", "Facility", "RU")]
    [InlineData("Extrême-Orient russe", "Extrême-Orient russe", "Area", "RU")]
    [InlineData("Le Caire", "Le Caire", "City", "EG")]
    public void Places_are_found_with_their_canonical_name(string name, string canonical, string type, string country)
    {
        var primary = Place(name).Primary;
        Assert.Equal(canonical, primary.Canonical);
        Assert.Equal(Enum.Parse<PlaceType>(type), primary.Type);
        Assert.Equal(country, primary.Country);
    }

    [Fact]
    public void A_name_keeps_its_other_senses_after_the_preferred_one()
    {
        var georgia = Place("Géorgie");
        Assert.Contains(georgia.Senses, s => s.Type == PlaceType.Region && s.Country == "US");
        var washington = Place("Washington");
        Assert.True(washington.Primary.Population > 500_000, "the curated sense keeps GeoNames' population");
        Assert.Contains(washington.Senses, s => s.Type == PlaceType.Region && s.Country == "US");
    }

    [Fact]
    public void Places_are_matched_on_document_tokens_longest_first()
    {
        var document = Document.Create("la Corée du Nord, la RPDC, la Corée du nord et Kiev");
        Assert.True(G.Places.TryMatch(document, 1, out var count, out var north));
        Assert.Equal(3, count);
        Assert.Equal("Corée du Nord", north.Primary.Canonical);
        var rpdc = Array.FindIndex(document.Tokens.ToArray(), t => document.Text.Substring(t.Start, t.Length) == "RPDC");
        Assert.True(G.Places.TryMatch(document, rpdc, out count, out var acronym));
        Assert.Equal((1, "Corée du Nord"), (count, acronym.Primary.Canonical));
        var lower = Array.FindLastIndex(document.Tokens.ToArray(), t => document.Text.Substring(t.Start, t.Length) == "Corée");
        Assert.True(G.Places.TryMatch(document, lower, out count, out _));
        Assert.Equal(3, count);
    }

    [Theory]
    [InlineData("nice journée", 0)]
    [InlineData("la Rpdc", 1)]
    [InlineData("Le monde entier", 0)]
    public void Case_keeps_common_words_and_lower_case_acronyms_out(string text, int index)
    {
        var document = Document.Create(text);
        Assert.False(G.Places.TryMatch(document, index, out _, out _));
        Assert.False(G.TryMatchName(document, index, out _));
    }

    [Theory]
    [InlineData("russe", "Russie", "Both", "Singular")]
    [InlineData("russes", "Russie", "Both", "Plural")]
    [InlineData("nord-coréen", "Corée du Nord", "Masculine", "Singular")]
    [InlineData("nord-coréenne", "Corée du Nord", "Feminine", "Singular")]
    [InlineData("nord-coréens", "Corée du Nord", "Masculine", "Plural")]
    [InlineData("nord-coréennes", "Corée du Nord", "Feminine", "Plural")]
    [InlineData("Nord-Coréennes", "Corée du Nord", "Feminine", "Plural")]
    [InlineData("français", "France", "Masculine", "Both")]
    [InlineData("ukrainienne", "Ukraine", "Feminine", "Singular")]
    [InlineData("américains", "États-Unis", "Masculine", "Plural")]
    [InlineData("sud-coréen", "Corée du Sud", "Masculine", "Singular")]
    public void Demonyms_name_their_place_with_gender_and_number(string form, string place, string gender, string number)
    {
        Assert.True(G.Demonyms.TryGetValue(TextFolding.Fold(form), out var demonym), $"'{form}' is not a demonym");
        Assert.Equal(place, demonym.Place);
        Assert.Equal(Enum.Parse<NameGender>(gender), demonym.Gender);
        Assert.Equal(Enum.Parse<GrammaticalNumber>(number), demonym.Number);
    }

    [Fact]
    public void Every_demonym_names_a_known_place()
    {
        var places = G.Places;
        var missing = new List<string>();
        using var reader = EmbeddedData.OpenText(GazetteerFiles.DemonymsPath);
        foreach (var row in TsvReader.ReadAll(reader, GazetteerFiles.DemonymsPath, "form", "place"))
        {
            if (!places.TryGet(row[1], out _))
            {
                missing.Add($"{row[0]} -> {row[1]}");
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Selon")]
    [InlineData("Puis")]
    [InlineData("Enfin")]
    [InlineData("Lors")]
    [InlineData("Depuis")]
    [InlineData("Été")]
    [InlineData("kilomètres")]
    [InlineData("mangeaient")]
    public void Capitalised_common_words_are_common_words(string word)
    {
        Assert.True(G.CommonWords.Contains(TextFolding.Fold(word)), $"'{word}' is not a common word");
        Assert.False(G.IsKnownName(TextFolding.Fold(word)), $"'{word}' is a known name");
    }

    [Theory]
    [InlineData("Poutine")]
    [InlineData("Kim")]
    [InlineData("Macron")]
    [InlineData("Vladimir")]
    [InlineData("Oleg")]
    public void Names_that_are_also_words_are_known_names(string name)
    {
        Assert.True(G.IsKnownName(TextFolding.Fold(name)), $"'{name}' is not a known name");
    }

    [Fact]
    public void Proper_nouns_and_acronyms_of_the_dictionary_are_not_common_words()
    {
        // ("macron", the accent, is a word; "Macron" is known as a name all the same.)
        foreach (var name in new[] { "Kim", "Vladimir", "Otan", "ONU", "Oleg" })
        {
            Assert.False(G.CommonWords.Contains(TextFolding.Fold(name)), $"'{name}' is listed as a common word");
        }

        // "poutine" (the dish) is a word; Poutine is also a surname and a person alias.
        Assert.True(G.CommonWords.Contains("poutine"));
        Assert.True(G.Surnames.Contains("poutine"));
        Assert.True(G.Persons.TryGet("Poutine", out var putin));
        Assert.Equal("Vladimir Poutine", putin.Canonical);
    }

    [Theory]
    [InlineData("Vladimir Poutine", "Vladimir Poutine")]
    [InlineData("Poutine", "Vladimir Poutine")]
    [InlineData("Kim Jong Un", "Kim Jong Un")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Xi Jinping", "Xi Jinping")]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelensky")]
    [InlineData("Zelenski", "Volodymyr Zelensky")]
    [InlineData("Emmanuel Macron", "Emmanuel Macron")]
    [InlineData("Joe Biden", "Joe Biden")]
    [InlineData("Donald Trump", "Donald Trump")]
    [InlineData("Sergueï Lavrov", "Sergueï Lavrov")]
    [InlineData("Sergueï Choïgou", "Sergueï Choïgou")]
    [InlineData("Recep Tayyip Erdogan", "Recep Tayyip Erdogan")]
    [InlineData("Moon Jae-in", "Moon Jae-in")]
    [InlineData("Yoon Suk-yeol", "Yoon Suk-yeol")]
    public void Persons_are_found_in_French_spelling(string name, string canonical)
    {
        Assert.True(G.Persons.TryGet(name, out var person), $"'{name}' is not a person");
        Assert.Equal(canonical, person.Canonical);
    }

    [Fact]
    public void Kim_alone_is_a_first_name_not_a_person_entry()
    {
        Assert.False(G.Persons.TryGet("Kim", out _));
        Assert.True(G.FirstNames.TryGetValue("kim", out var gender));
        Assert.Equal(NameGender.Both, gender);
    }

    [Theory]
    [InlineData("AFP", "Agence France-Presse", "Agency")]
    [InlineData("Reuters", "Reuters", "Agency")]
    [InlineData("TASS", "TASS", "Agency")]
    [InlineData("Ria Novosti", "Ria Novosti", "Agency")]
    [InlineData("RIA Novosti", "Ria Novosti", "Agency")]
    [InlineData("KCNA", "KCNA", "Agency")]
    [InlineData("ONU", "Organisation des Nations unies", "International")]
    [InlineData("Nations unies", "Organisation des Nations unies", "International")]
    [InlineData("Otan", "Organisation du traité de l'Atlantique nord", "International")]
    [InlineData("OTAN", "Organisation du traité de l'Atlantique nord", "International")]
    [InlineData("UE", "Union européenne", "International")]
    [InlineData("AIEA", "Agence internationale de l'énergie atomique", "International")]
    [InlineData("Kremlin", "Kremlin", "Institution")]
    [InlineData("Maison Blanche", "Maison Blanche", "Institution")]
    [InlineData("Élysée", "Élysée", "Institution")]
    [InlineData("Quai d'Orsay", "Quai d'Orsay", "Institution")]
    public void Organisations_are_found_with_their_expansion(string name, string canonical, string type)
    {
        Assert.True(G.Organizations.TryGet(name, out var organization), $"'{name}' is not an organisation");
        Assert.Equal(canonical, organization.Canonical);
        Assert.Equal(Enum.Parse<OrganizationType>(type), organization.Type);
    }

    [Fact]
    public void Acronyms_are_paired_with_their_expansion()
    {
        Assert.True(G.Organizations.TryGet("Agence France-Presse", out var afp));
        Assert.Contains("AFP", afp.Acronyms);
        Assert.True(G.Organizations.TryGet("Banque centrale européenne", out var ecb));
        Assert.Contains("BCE", ecb.Acronyms);
    }

    [Fact]
    public void Titles_and_designators_are_matched_in_text()
    {
        var document = Document.Create("M. Kim et le ministre de l'Ecologie, sur la base aérienne de Kniévitchi et au poste-frontière");
        Assert.True(G.Titles.TryMatch(document, 0, out var count, out var mister));
        Assert.Equal((2, NameGender.Masculine, TitleCategory.Civility), (count, mister.Gender, mister.Category));
        Assert.True(G.Titles.TryMatch(document, 5, out _, out var minister));
        Assert.Equal(TitleCategory.Office, minister.Category);
        var baseIndex = Array.FindIndex(document.Tokens.ToArray(), t => document.Text.Substring(t.Start, t.Length) == "base");
        Assert.True(G.Designators.TryMatch(document, baseIndex, out count, out var airBase));
        Assert.Equal((2, EntityKind.Location), (count, airBase.Kind));
        Assert.True(G.Designators.TryGet("poste-frontière", out var border));
        Assert.Equal(EntityKind.Location, border.Kind);
        Assert.True(G.Designators.TryGet("agence", out var agency));
        Assert.Equal(EntityKind.Organization, agency.Kind);
        Assert.False(G.Titles.TryMatch(Document.Create("m. le maire"), 0, out _, out _));
    }

    [Fact]
    public void The_best_name_prefers_the_longest_then_curated_data()
    {
        var document = Document.Create("Le président russe Vladimir Poutine a reçu Kim Jong Un à Vostotchny.");
        Assert.True(G.TryMatchName(document, 3, out var putin));
        Assert.Equal((EntityKind.Person, 2, "Vladimir Poutine"), (putin.Kind, putin.TokenCount, putin.Canonical));
        Assert.True(G.TryMatchName(document, 7, out var kim));
        Assert.Equal((EntityKind.Person, 3, "Kim Jong Un"), (kim.Kind, kim.TokenCount, kim.Canonical));
        Assert.True(G.TryMatchName(document, 11, out var site));
        Assert.Equal(EntityKind.Location, site.Kind);
        Assert.Equal(PlaceType.Facility, site.Place!.Primary.Type);
    }

    [Fact]
    public void Tables_load_once_and_are_shared_across_threads()
    {
        var seen = new NameIndex<PlaceEntry>[8];
        Parallel.For(0, seen.Length, i => seen[i] = NameGazetteers.BuiltIn.Places);
        Assert.All(seen, index => Assert.Same(seen[0], index));
        NameGazetteers.BuiltIn.LoadAll();
        Assert.Same(seen[0], NameGazetteers.BuiltIn.Places);
        Assert.True(G.Places.Count > 25_000);
        Assert.True(G.CommonWords.Count > 400_000);
        Assert.True(G.FirstNames.Count > 30_000);
        Assert.True(G.Persons.Count > 300);
        Assert.True(G.Organizations.Count > 300);
    }

    [Fact]
    public void MatchAll_finds_what_each_index_finds()
    {
        // MatchAll hashes a token once for the person, organisation and place indexes: at every token it
        // must report, in that order, exactly what the indexes' own look-ups report.
        var document = Document.Create(
            "Vladimir Poutine a reçu à Moscou le président de la Corée du Nord. L'ONU, l'Otan et Le Monde "
            + "en parlent ; à Saint-Pétersbourg, New York et Nice, Emmanuel Macron et l'Union européenne aussi.");
        var all = new List<NameMatch>();
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            all.Clear();
            G.MatchAll(document, i, all);
            var expected = new List<(EntityKind, int)>();
            if (G.Persons.TryMatch(document, i, out var count, out _))
            {
                expected.Add((EntityKind.Person, count));
            }

            if (G.Organizations.TryMatch(document, i, out count, out _))
            {
                expected.Add((EntityKind.Organization, count));
            }

            if (G.Places.TryMatch(document, i, out count, out _))
            {
                expected.Add((EntityKind.Location, count));
            }

            Assert.Equal(expected, all.Select(m => (m.Kind, m.TokenCount)).ToList());
        }

        Assert.Contains(Enumerable.Range(0, document.Tokens.Length), i =>
        {
            all.Clear();
            G.MatchAll(document, i, all);
            return all.Count >= 2;
        });
    }

    [Fact]
    public void IndexesStartingAt_leaves_out_only_indexes_where_nothing_starts()
    {
        // The recogniser skips an index that IndexesStartingAt leaves out: at every token, an index left out must
        // find nothing there, and most lower-case words must leave out every index.
        var document = Document.Create(
            "le ministre russe de la Défense a visité le cosmodrome de Vostotchny, selon l'agence TASS ; le Monde "
            + "et la région de Primorye, en mer du Japon, aussi. les îles Kouriles et le district fédéral d'Extrême-Orient "
            + "restent loin de la Corée du Nord, dit la porte-parole du groupe Wagner. LE PRÉSIDENT parle à Moscou.");
        var all = new List<NameMatch>();
        var none = 0;
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            var indexes = G.IndexesStartingAt(document, i);
            if ((indexes & NameIndexes.Names) == 0)
            {
                all.Clear();
                G.MatchAll(document, i, all);
                Assert.Empty(all);
            }

            if ((indexes & NameIndexes.Titles) == 0)
            {
                Assert.False(G.Titles.TryMatch(document, i, out _, out _), document.FoldedOf(i).ToString());
            }

            if ((indexes & NameIndexes.Designators) == 0)
            {
                Assert.False(G.Designators.TryMatch(document, i, out _, out _), document.FoldedOf(i).ToString());
            }

            none += indexes == NameIndexes.None ? 1 : 0;
        }

        Assert.True(none >= 10, $"only {none} tokens leave every index out");
        Assert.Equal(NameIndexes.All, G.IndexesStartingAt(document, document.Tokens.Length - 2));
    }
}
