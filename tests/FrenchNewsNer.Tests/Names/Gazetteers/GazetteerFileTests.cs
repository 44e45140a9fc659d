using System.Globalization;
using System.Text;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Names.Gazetteers;

/// <summary>The gazetteer files: malformed lines are reported with file and line; generated files are sorted.</summary>
public class GazetteerFileTests
{
    private const string PlacesHeader = "name\ttype\tpopulation\tcountry\tcanonical\n";
    private const string ExtraHeader = "canonical\ttype\tcountry\tacronyms\taliases\n";

    private static DataFormatException Fails(Action read, string file, int line)
    {
        var error = Assert.Throws<DataFormatException>(read);
        Assert.Equal(file, error.SourceName);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{file}:{line}: ", error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void A_malformed_organisation_line_names_the_file_and_line()
    {
        const string text = "# comment\ncanonical\ttype\tcountry\tacronyms\taliases\nAgence France-Presse\tagency\tFR\tAFP\nReuters\tnews agency\tGB\n";
        var error = Fails(() => GazetteerFiles.ReadOrganizations(new StringReader(text), "organizations.tsv"), "organizations.tsv", 4);
        Assert.Contains("news agency", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vladimir Poutine\tx\thead-of-state\tRU\n", "gender")]
    [InlineData("Vladimir Poutine\tm\tpresident\tRU\n", "role")]
    [InlineData("Vladimir Poutine\tm\thead-of-state\tRussia\n", "country")]
    [InlineData("Vladimir Poutine\tm\n", "field")]
    [InlineData("Vladimir Poutine\tm\thead-of-state\tRU\tPoutine\textra\n", "fields")]
    public void Malformed_person_lines_are_rejected(string line, string word)
    {
        var text = "canonical\tgender\trole\tcountry\taliases\nKim Jong Un\tm\thead-of-state\tKP\tKim Jong-un\n" + line;
        var error = Fails(() => GazetteerFiles.ReadPersons(new StringReader(text), "persons.tsv"), "persons.tsv", 3);
        Assert.Contains(word, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_given_to_two_persons_is_an_error()
    {
        const string text = "canonical\tgender\trole\tcountry\taliases\nGeorge W. Bush\tm\thead-of-state\tUS\tBush\nGeorge H. W. Bush\tm\thead-of-state\tUS\tBUSH\n";
        var error = Fails(() => GazetteerFiles.ReadPersons(new StringReader(text), "persons.tsv"), "persons.tsv", 3);
        Assert.Contains("line 2", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Moscou\tcity\tmany\tRU\t\n", "population")]
    [InlineData("Moscou\tvillage\t1\tRU\t\n", "type")]
    [InlineData("Moscou\tcity\t1\tRUS\t\n", "country")]
    [InlineData("Moscou\tcity\t1\tRU\n", "fields")]
    [InlineData("\tcity\t1\tRU\t\n", "name")]
    public void A_malformed_generated_place_line_names_the_file_and_line(string line, string word)
    {
        var text = "# generated\n" + PlacesHeader + "Kyiv\tcity\t2797553\tUA\t\n" + line;
        var error = Fails(() => GazetteerFiles.ReadPlaces(new StringReader(text), "places.tsv.gz", new StringReader(ExtraHeader), "places-extra.tsv"), "places.tsv.gz", 4);
        Assert.Contains(word, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_curated_place_line_names_the_file_and_line()
    {
        var extra = ExtraHeader + "Kiev\tcity\tUA\t\tKyiv\nPrimorie\tkrai\tRU\n";
        Fails(() => GazetteerFiles.ReadPlaces(new StringReader(PlacesHeader), "places.tsv.gz", new StringReader(extra), "places-extra.tsv"), "places-extra.tsv", 3);
    }

    [Fact]
    public void Curated_places_override_generated_senses_of_the_same_type_and_country()
    {
        var generated = PlacesHeader + "Kyiv\tcity\t2797553\tUA\t\nKyiv\tregion\t0\tUA\t\n";
        var extra = ExtraHeader + "Kiev\tcity\tUA\t\tKyiv\nCorée du Nord\tcountry\tKP\tRPDC\n";
        var places = GazetteerFiles.ReadPlaces(new StringReader(generated), "g", new StringReader(extra), "e");
        Assert.True(places.TryGet("Kyiv", out var kyiv));
        Assert.Equal(2, kyiv.Senses.Length);
        Assert.Equal(new PlaceSense("Kiev", PlaceType.City, "UA", 2797553, GazetteerSource.Curated), kyiv.Primary);
        Assert.Equal(PlaceType.Region, kyiv.Senses[1].Type);
        Assert.True(places.TryGet("Kiev", out var kiev));
        Assert.Equal(2797553, kiev.Primary.Population);
        Assert.True(places.TryGet("RPDC", out var rpdc));
        Assert.Equal("Corée du Nord", rpdc.Primary.Canonical);
        Assert.False(places.TryMatch(Document.Create("Rpdc"), 0, out _, out _));
    }

    [Fact]
    public void Malformed_name_lists_and_word_lists_name_the_line()
    {
        Fails(() => GazetteerFiles.ReadFirstNames(new StringReader("# names\nvladimir\tm\noleg\n"), "first-names.txt"), "first-names.txt", 3);
        Fails(() => GazetteerFiles.ReadFirstNames(new StringReader("vladimir\tmale\n"), "first-names.txt"), "first-names.txt", 1);
        Fails(() => GazetteerFiles.ReadFirstNames(new StringReader("oleg\tm\nvladimir\tm\tx\n"), "first-names.txt"), "first-names.txt", 2);
        Fails(() => GazetteerFiles.ReadFirstNames(new StringReader("vladimir\tm\noleg\tm\n"), "first-names.txt"), "first-names.txt", 2);
        Fails(() => GazetteerFiles.ReadNameList(new StringReader("Macron\nPoutine\tx\n"), "surnames.txt.gz"), "surnames.txt.gz", 2);
        Fails(() => FoldedWordSet.Read(new StringReader("# words\nlors\npuis\nenfin\n"), "common-words.txt"), "common-words.txt", 4);
        Fails(() => FoldedWordSet.Read(new StringReader("lors\nlors\n"), "common-words.txt"), "common-words.txt", 2);
        Fails(() => FoldedWordSet.Read(new StringReader("lors\n\npuis\n"), "common-words.txt"), "common-words.txt", 2);
        Fails(() => FoldedWordSet.Read(new StringReader("lors\npuis\tx\n"), "common-words.txt"), "common-words.txt", 2);
        Fails(() => GazetteerFiles.ReadDemonyms(new StringReader("form\tplace\tgender\tnumber\tcountry\nrusse\tRussie\tmf\tsingular\tRU\n"), "demonyms.tsv.gz"), "demonyms.tsv.gz", 2);
        Fails(() => GazetteerFiles.ReadTitles(new StringReader("title\tgender\tnumber\tcategory\nM.\tm\ts\tcivil\n"), "titles.tsv"), "titles.tsv", 2);
        Fails(() => GazetteerFiles.ReadDesignators(new StringReader("designator\tkind\tgender\tcategory\ngare\tPlace\tf\ttransport\n"), "designators.tsv"), "designators.tsv", 2);
    }

    [Fact]
    public void A_folded_word_set_finds_exactly_its_words()
    {
        var set = FoldedWordSet.Read(new StringReader("# c\nenfin\nlors\npuis\nselon\n"), "w");
        Assert.Equal(4, set.Count);
        foreach (var word in new[] { "enfin", "lors", "puis", "selon" })
        {
            Assert.True(set.Contains(word), word);
        }

        foreach (var word in new[] { "", "a", "enfi", "enfins", "lor", "zz", "poutine" })
        {
            Assert.False(set.Contains(word), word);
        }
    }

    [Theory]
    [InlineData(GazetteerFiles.PlacesPath)]
    [InlineData(GazetteerFiles.DemonymsPath)]
    [InlineData(GazetteerFiles.FirstNamesPath)]
    [InlineData(GazetteerFiles.SurnamesPath)]
    [InlineData(GazetteerFiles.CommonWordsPath)]
    public void Generated_files_are_sorted_unique_and_start_with_their_provenance(string path)
    {
        var lines = DataLines(path, out var comments);
        Assert.NotEmpty(comments);
        if (path.EndsWith(".tsv.gz", StringComparison.Ordinal))
        {
            lines.RemoveAt(0); // the header line comes before the sorted rows
        }

        Assert.True(lines.Count > 100);
        for (var i = 1; i < lines.Count; i++)
        {
            Assert.True(CompareCodePoints(lines[i - 1], lines[i]) < 0, $"{path}: '{lines[i - 1]}' before '{lines[i]}'");
        }
    }

    [Fact]
    public void Common_words_are_folded_as_the_extractor_folds_text()
    {
        var notFolded = DataLines(GazetteerFiles.CommonWordsPath, out _).Where(w => TextFolding.Fold(w) != w).Take(5).ToList();
        Assert.Empty(notFolded);
    }

    [Fact]
    public void Derived_files_keep_the_licence_notices()
    {
        DataLines(GazetteerFiles.CommonWordsPath, out var words);
        Assert.Contains(words, c => c.Contains("Mozilla Public License, v. 2.0", StringComparison.Ordinal));
        DataLines(GazetteerFiles.PlacesPath, out var places);
        Assert.Contains(places, c => c.Contains("GeoNames, geonames.org, CC BY 4.0, modified", StringComparison.Ordinal));
    }

    [Fact]
    public void One_word_names_keyed_without_tokenising_are_one_token_for_the_tokenizer()
    {
        // The fast path of NameIndex must agree with the Tokenizer on every generated place name.
        var disagreements = new List<string>();
        foreach (var line in DataLines(GazetteerFiles.PlacesPath, out _).Skip(1))
        {
            var name = line[..line.IndexOf('\t')];
            if (NameIndex<string>.IsSingleWord(TextFolding.Fold(name)) && Document.Create(name).Tokens.Length != 1)
            {
                disagreements.Add(name);
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Names_split_on_spaces_without_tokenising_give_the_tokenizer_s_tokens_and_cases()
    {
        // NameIndex keys names of one-word tokens separated by spaces without the Tokenizer: on every built-in
        // name of several words (generated places, curated lists), both must give the same folded tokens and
        // case rules, or a name would be keyed differently from the text it should match.
        var names = new List<string>();
        foreach (var line in DataLines(GazetteerFiles.PlacesPath, out _).Skip(1))
        {
            names.Add(line[..line.IndexOf('\t')]);
        }

        foreach (var path in new[] { GazetteerFiles.PlacesExtraPath, GazetteerFiles.OrganizationsPath, GazetteerFiles.PersonsPath, GazetteerFiles.TitlesPath, GazetteerFiles.DesignatorsPath })
        {
            foreach (var line in DataLines(path, out _).Skip(1))
            {
                names.AddRange(line.Split('\t').SelectMany(f => f.Split('|')).Where(f => f.Length > 0));
            }
        }

        names.AddRange(["Corée du Nord", "JEAN\u2010pierre DUPONT", "New\u00A0York", "abc  def", " Paris", "Paris ", "Île de Ré", "E\u0301tats Unis"]);
        var split = 0;
        var disagreements = new List<string>();
        foreach (var name in names)
        {
            if (!NameIndex<string>.TrySplitWords(name, TextFolding.Fold(name), out var tokens, out var cases))
            {
                continue;
            }

            split++;
            var document = Document.Create(name);
            var expected = Enumerable.Range(0, document.Tokens.Length).Select(i => document.FoldedOf(i).ToString() + "/" + NameIndex<string>.CaseOf(document.Tokens[i]));
            var actual = tokens.Zip(cases, (t, c) => t + "/" + c);
            if (!expected.SequenceEqual(actual))
            {
                disagreements.Add($"{name}: [{string.Join(' ', actual)}] vs [{string.Join(' ', expected)}]");
            }
        }

        Assert.Empty(disagreements);
        Assert.True(split > 5000, $"only {split} names took the split path");
    }

    [Fact]
    public void Hand_curated_files_have_a_header_and_well_formed_rows()
    {
        // Loading them is the check: unknown types, bad codes and duplicate names throw with the line.
        var g = NameGazetteers.BuiltIn;
        Assert.True(g.Organizations.Count > 0 && g.Persons.Count > 0 && g.Titles.Count > 0 && g.Designators.Count > 0);
        foreach (var path in new[] { GazetteerFiles.OrganizationsPath, GazetteerFiles.PersonsPath, GazetteerFiles.PlacesExtraPath, GazetteerFiles.TitlesPath, GazetteerFiles.DesignatorsPath })
        {
            using var reader = EmbeddedData.OpenText(path);
            var header = ReadLines(reader).First(l => !l.StartsWith('#'));
            Assert.Contains('\t', header);
        }
    }

    private static List<string> DataLines(string path, out List<string> comments)
    {
        using var reader = EmbeddedData.OpenText(path);
        var all = ReadLines(reader).ToList();
        comments = all.TakeWhile(l => l.StartsWith('#')).ToList();
        return all.Skip(comments.Count).ToList();
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    // The generator sorts by code point (Python's order); compare the same way, surrogates included.
    private static int CompareCodePoints(string a, string b)
    {
        var left = a.EnumerateRunes().GetEnumerator();
        var right = b.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }
}
