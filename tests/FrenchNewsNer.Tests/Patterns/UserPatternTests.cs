
namespace FrenchNewsNer.Tests.Patterns;

/// <summary>
/// The user rules of <see cref="EntityExtractorBuilder"/>: patterns (in code and in JSON Lines files),
/// exclusions of built-in names, added units, and their precedence over the built-in rules.
/// </summary>
public class UserPatternTests
{
    private const string Text =
        "Le Kremlin a salué mardi l'accord signé à Paris par la société Zorbatek Industries et le collectif Soleil Levant. "
        + "Selon Gazprom, le stockage atteint 5 Go par abonné et la centrale produit 200 mégawatts.";

    private static IEnumerable<Entity> Names(ExtractionResult result) =>
        result.Entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location);

    private static Entity? Find(ExtractionResult result, string text) => result.Entities.FirstOrDefault(e => e.Text == text);

    [Fact]
    public void A_pattern_file_adds_an_organisation_with_its_canonical_and_id()
    {
        var path = Path.Combine(Path.GetTempPath(), $"patterns-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            """{"label": "ORG", "pattern": [{"LOWER": "collectif"}, {"IS_TITLE": true, "OP": "+"}], "id": "local:collectifs"}""",
            "",
            """{"label": "Organization", "pattern": "soleil levant", "ignoreCase": true, "canonical": "Collectif Soleil Levant"}""",
        ]);
        try
        {
            Assert.Null(Names(EntityExtractor.Default.Extract(Text)).FirstOrDefault(e => e.Text.Contains("Soleil", StringComparison.Ordinal)));

            var result = new EntityExtractorBuilder().AddPatternFile(path).Build().Extract(Text);

            // The token pattern is longer than the phrase and starts first: it wins.
            var organisation = Assert.Single(result.Entities, e => e.Text == "collectif Soleil Levant");
            Assert.Equal(EntityKind.Organization, organisation.Kind);
            Assert.Equal("local:collectifs", organisation.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_phrase_pattern_gives_its_canonical_and_id()
    {
        var extractor = new EntityExtractorBuilder()
            .AddPattern(EntityPattern.Phrase(EntityKind.Organization, "Soleil Levant", canonical: "Collectif Soleil Levant", id: "local:42"))
            .Build();
        var entity = Assert.Single(extractor.Extract(Text).Entities, e => e.Text == "Soleil Levant");
        Assert.Equal(EntityKind.Organization, entity.Kind);
        Assert.Equal("Collectif Soleil Levant", entity.Canonical);
        Assert.Equal("local:42", entity.Id);
    }

    [Fact]
    public void An_exact_phrase_needs_the_case_as_written_and_a_folded_one_does_not()
    {
        const string text = "Une délégation de soleil levant est arrivée.";
        var exact = new EntityExtractorBuilder().AddPattern(EntityPattern.Phrase(EntityKind.Organization, "Soleil Levant")).Build();
        var folded = new EntityExtractorBuilder().AddPattern(EntityPattern.Phrase(EntityKind.Organization, "Sóleil Levant", ignoreCase: true)).Build();
        Assert.Null(Find(exact.Extract(text), "soleil levant"));
        Assert.Equal(EntityKind.Organization, Find(folded.Extract(text), "soleil levant")?.Kind);
    }

    [Fact]
    public void A_user_pattern_wins_over_an_overlapping_built_in_name()
    {
        Assert.Equal("Zorbatek", Names(EntityExtractor.Default.Extract(Text)).Single(e => e.Text.StartsWith("Zorbatek", StringComparison.Ordinal)).Text);

        // Shorter than a built-in span and of another kind: still the user's reading wins.
        var extractor = new EntityExtractorBuilder()
            .AddPattern(new EntityPattern(EntityKind.Organization, [PatternToken.Word("Zorbatek"), PatternToken.WithCase(TokenCase.Capitalized)]))
            .AddPattern(EntityPattern.Phrase(EntityKind.Person, "Kremlin"))
            .Build();
        var result = extractor.Extract(Text);
        Assert.Equal(EntityKind.Organization, Find(result, "Zorbatek Industries")?.Kind);
        Assert.Null(Find(result, "Zorbatek"));
        Assert.Equal(EntityKind.Person, Find(result, "Kremlin")?.Kind);
        ResultChecks.NoOverlap(result);
    }

    [Fact]
    public void Exclude_silences_a_built_in_name_but_not_a_user_entry_for_it()
    {
        Assert.Equal(EntityKind.Organization, Find(EntityExtractor.Default.Extract(Text), "Gazprom")?.Kind);

        var excluded = new EntityExtractorBuilder().Exclude("gazprom").Build().Extract(Text);
        Assert.Null(Find(excluded, "Gazprom"));
        Assert.NotNull(Find(excluded, "Kremlin"));

        var kindOnly = new EntityExtractorBuilder().Exclude("Gazprom", EntityKind.Location).Build().Extract(Text);
        Assert.Equal(EntityKind.Organization, Find(kindOnly, "Gazprom")?.Kind);

        var userEntry = new EntityExtractorBuilder().Exclude("Gazprom").AddGazetteerEntry(new GazetteerEntry(EntityKind.Organization, "Gazprom")).Build().Extract(Text);
        Assert.Equal(EntityKind.Organization, Find(userEntry, "Gazprom")?.Kind);

        var userPattern = new EntityExtractorBuilder().Exclude("Gazprom").AddPattern(EntityPattern.Phrase(EntityKind.Location, "Gazprom")).Build().Extract(Text);
        Assert.Equal(EntityKind.Location, Find(userPattern, "Gazprom")?.Kind);
    }

    [Fact]
    public void AddUnit_makes_5_Go_and_200_megawatts_quantities()
    {
        var before = EntityExtractor.Default.Extract(Text);
        Assert.Equal(EntityKind.Number, Find(before, "5")?.Kind);

        var extractor = new EntityExtractorBuilder()
            .AddUnit("Go", "GB", QuantityDimension.Other, 1e9)
            .AddUnit(new QuantityUnit("mégawatts", "MW", QuantityDimension.Other, 1e6))
            .Build();
        var result = extractor.Extract(Text);
        var data = Assert.IsType<QuantityValue>(Find(result, "5 Go")?.Value);
        Assert.Equal(new QuantityValue(5, "GB", QuantityDimension.Other, 5e9, false), data);
        var power = Assert.IsType<QuantityValue>(Find(result, "200 mégawatts")?.Value);
        Assert.Equal(2e8, power.Si);
        Assert.Equal("MW", power.Unit);

        // The built-in units still work beside the added ones.
        Assert.Equal(EntityKind.Quantity, Find(extractor.Extract("Il a parcouru 250 kilomètres."), "250 kilomètres")?.Kind);
    }

    [Fact]
    public void Two_extractors_do_not_see_each_others_rules()
    {
        var withUnit = new EntityExtractorBuilder().AddUnit("Go", "GB", QuantityDimension.Other, 1e9).Exclude("Kremlin").Build();
        var withPattern = new EntityExtractorBuilder().AddPattern(EntityPattern.Phrase(EntityKind.Organization, "Soleil Levant")).Build();

        var a = withUnit.Extract(Text);
        var b = withPattern.Extract(Text);
        var d = EntityExtractor.Default.Extract(Text);
        Assert.Equal(EntityKind.Quantity, Find(a, "5 Go")?.Kind);
        Assert.Null(Find(b, "5 Go"));
        Assert.Null(Find(d, "5 Go"));
        Assert.Null(Find(a, "Kremlin"));
        Assert.NotNull(Find(b, "Kremlin"));
        Assert.Null(Find(a, "Soleil Levant"));
        Assert.NotNull(Find(b, "Soleil Levant"));
        Assert.Null(Find(d, "Soleil Levant"));
    }

    [Fact]
    public void A_malformed_pattern_line_names_the_file_and_line()
    {
        var lines = string.Join('\n',
            """{"label": "ORG", "pattern": "Soleil Levant"}""",
            """{"label": "ORG", "pattern": [{"SHAPE": "Xxxx", "OP": "!"}]}""");
        var error = Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddPatterns(new StringReader(lines), "mine.jsonl"));
        Assert.Equal(2, error.Line);
        Assert.StartsWith("mine.jsonl:2: ", error.Message, StringComparison.Ordinal);

        Assert.Equal(1, Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddPatterns(new StringReader("{not json"), "x")).Line);
        Assert.Contains("label", Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddPatterns(new StringReader("""{"label": "DATE", "pattern": "mai"}"""), "x")).Message, StringComparison.Ordinal);
        Assert.Contains("not one token", Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddPatterns(new StringReader("""{"label": "LOC", "pattern": [{"ORTH": "l'Élysée"}]}"""), "x")).Message, StringComparison.Ordinal);
        Assert.Contains("optional", Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddPatterns(new StringReader("""{"label": "LOC", "pattern": [{"IS_TITLE": true, "OP": "*"}]}"""), "x")).Message, StringComparison.Ordinal);

        // A back-reference needs backtracking: refused when the pattern is read, not when text arrives.
        Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddPatterns(new StringReader("""{"label": "LOC", "pattern": [{"TEXT": {"REGEX": "(a)\\1"}}]}"""), "x"));
    }

    [Fact]
    public void A_regex_pattern_stays_linear_on_hostile_text()
    {
        // Linear by construction, not by a stopwatch: the token regex runs on .NET's non-backtracking engine
        // (no catastrophic "^(a+)+b$"), and a pattern is tried over at most MaxMatchTokens tokens per start, so a
        // repeated token cannot make matching quadratic. Both halves are checked here.
        var regex = FrenchNewsNer.Patterns.TokenTest.Compile(PatternToken.Matching("^(a+)+b$"), message => new InvalidOperationException(message));
        Assert.True(regex.RegexEngineOptions!.Value.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking));

        var extractor = new EntityExtractorBuilder()
            .AddPattern(new EntityPattern(EntityKind.Organization, [PatternToken.Matching("^(a+)+b$"), PatternToken.Any.OneOrMore()]))
            .AddPattern(new EntityPattern(EntityKind.Person, [PatternToken.Word("Début"), PatternToken.Any.OneOrMore(), PatternToken.Word("X")]))
            .Build();
        var hostile = string.Join(' ', Enumerable.Repeat(new string('a', 100) + "c Aaaa", 2_000));
        Assert.DoesNotContain(extractor.Extract(hostile).Entities, e => e.Kind is EntityKind.Organization or EntityKind.Person);

        // The window: "Début … X" matches with X inside MaxMatchTokens tokens, and not one token further.
        string Span(int fillers) => "Début " + string.Join(' ', Enumerable.Repeat("mot", fillers)) + " X fin.";
        Assert.Contains(extractor.Extract(Span(EntityPattern.MaxMatchTokens - 2)).Entities, e => e.Kind == EntityKind.Person);
        Assert.DoesNotContain(extractor.Extract(Span(EntityPattern.MaxMatchTokens)).Entities, e => e.Kind == EntityKind.Person);
    }
}

/// <summary>Checks shared by the pattern tests.</summary>
internal static class ResultChecks
{
    public static void NoOverlap(ExtractionResult result)
    {
        var core = result.Entities.Where(e => e.Kind != EntityKind.Gift).ToList();
        for (var k = 1; k < core.Count; k++)
        {
            Assert.True(core[k - 1].End <= core[k].Start, $"{core[k - 1]} overlaps {core[k]}");
        }
    }
}
