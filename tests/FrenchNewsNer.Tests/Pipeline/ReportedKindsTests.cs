namespace FrenchNewsNer.Tests.Pipeline;

/// <summary>
/// Kinds narrow what a call reports: every subset of the kinds, on news with an acronym defined in brackets
/// (the acronym stage makes organisations of it) and one of every other kind, reports only kinds of the subset.
/// </summary>
public class ReportedKindsTests
{
    private const string News =
        "Le 3 mars 2021, l'Organisation mondiale de la santé (OMS) a reçu 12 millions d'euros de Jean Dupont à Lyon. "
        + "L'OMS a annoncé 40 km de files et 3 000 doses.";

    [Fact]
    public void Every_subset_of_kinds_reports_only_its_kinds()
    {
        var all = Enum.GetValues<EntityKind>();
        for (var mask = 1; mask < 1 << all.Length; mask++)
        {
            var subset = all.Where((_, k) => (mask & (1 << k)) != 0).ToArray();
            var kinds = EntityKindSet.Of(subset);
            var result = EntityExtractor.Default.Extract(News, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 3, 10), Kinds = kinds });
            Assert.All(result.Entities, entity => Assert.True(kinds.Contains(entity.Kind), $"{entity.Kind} '{entity.Text}' reported for {string.Join(",", subset)}"));
        }
    }

    [Fact]
    public void A_call_for_dates_alone_gets_no_organisation_from_an_acronym_definition()
    {
        var result = EntityExtractor.Default.Extract(News, new ExtractionOptions { ReferenceDate = new DateOnly(2021, 3, 10), Kinds = EntityKindSet.Of(EntityKind.Date) });
        Assert.All(result.Entities, entity => Assert.Equal(EntityKind.Date, entity.Kind));
        Assert.NotEmpty(result.Entities);
    }
}
