using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.News;

/// <summary>
/// Generated news, checked behaviour by behaviour: every planted entity is found with its kind, span,
/// canonical and value; replacing a planted name by another of its kind changes nothing else; a neutral
/// sentence in front only shifts offsets; the tense of a sentence moves a bare weekday between past and
/// future. A failing document shrinks by sentences, then by the words the templates mark droppable.
/// Families the extractor misses today, and that another issue is fixing, are skipped with its number.
/// </summary>
[Properties(MaxTest = 100)]
public class GeneratedNewsTests
{
    private static EntityExtractor Extractor => EntityExtractor.Default;

    [Property]
    public Property Planted_quantities_are_found_with_span_and_value() =>
        Prop.ForAll(NewsGenerators.Documents(_ => NewsGenerators.QuantitySentence(), _ => NewsGenerators.NeutralSentence()), EveryPlantFound);

    [Property(Skip = "issue 13: the word-surname family now passes (all 119,680 first-name x generated-surname pairs in both frames but one surname), yet the syllable generator can build a real town, 'Pessac' ('Léa Pessac a déclaré'), and a first name before a known town's name is not a person; taking it for one made 'Vladimir Genève' a person in the snapshot corpus, so it waits for a rule on the town's reading")]
    public Property Planted_invented_persons_are_found() =>
        Prop.ForAll(NewsGenerators.Documents(_ => NewsGenerators.PersonSentence(), _ => NewsGenerators.RoleApposition()), EveryPlantFound);

    [Property]
    public Property Planted_invented_organisations_are_found() =>
        Prop.ForAll(NewsGenerators.Documents(_ => NewsGenerators.OrganizationSentence()), EveryPlantFound);

    [Property]
    public Property Planted_invented_places_are_found() =>
        Prop.ForAll(NewsGenerators.Documents(_ => NewsGenerators.PlaceSentence()), EveryPlantFound);

    [Property]
    public Property Planted_place_pairs_are_found() =>
        Prop.ForAll(NewsGenerators.Documents(_ => NewsGenerators.PlacePair()), EveryPlantFound);

    [Property]
    public Property Planted_dates_are_found_with_their_value() =>
        Prop.ForAll(NewsGenerators.Documents(NewsGenerators.DateSentence), EveryPlantFound);

    [Property]
    public Property A_neutral_sentence_in_front_only_shifts_offsets()
    {
        var cases =
            from neutral in NewsGenerators.NeutralSentence()
            from document in NewsGenerators.Documents(_ => NewsGenerators.QuantitySentence(), _ => NewsGenerators.PlacePair(), NewsGenerators.DateSentence).Generator
            select (neutral, document);
        var shrinking = Arb.From(cases, c => c.document.Shrink().Select(d => (c.neutral, d)));
        return Prop.ForAll(shrinking, c =>
        {
            var alone = Extractor.Extract(c.document.Text, c.document.Options).Entities.Select(e => Describe(e, 0)).ToArray();
            var prefixed = c.document with { Sentences = [c.neutral, .. c.document.Sentences] };
            var shift = c.neutral.Text.Length + 1;
            var shifted = Extractor.Extract(prefixed.Text, prefixed.Options).Entities.Select(e => Describe(e, shift)).ToArray();
            return alone.SequenceEqual(shifted)
                .Label($"\"{c.neutral.Text}\" in front of {c.document} changed [{string.Join(", ", alone.AsEnumerable())}] into [{string.Join(", ", shifted.AsEnumerable())}]");
        });
    }

    [Property]
    public Property Replacing_a_planted_place_by_another_changes_nothing_else()
    {
        // Place pairs use known cities: swap the first city of every pair for another, and only its entities may change.
        var cases =
            from document in NewsGenerators.Documents(_ => NewsGenerators.PlacePair(), _ => NewsGenerators.QuantitySentence(), NewsGenerators.DateSentence).Generator
            from replacement in Gen.Elements("Genève", "Bruxelles", "Varsovie", "Lisbonne")
            select (document, replacement);
        var shrinking = Arb.From(cases, c => c.document.Shrink().Select(d => (d, c.replacement)));
        return Prop.ForAll(shrinking, c =>
        {
            var replaced = Replace(c.document, "place pair", c.replacement);
            var before = Describe(c.document, Extractor.Extract(c.document.Text, c.document.Options));
            var after = Describe(replaced, Extractor.Extract(replaced.Text, replaced.Options));
            return before.SequenceEqual(after)
                .Label($"replacing the first place of each pair by {c.replacement} in {c.document} changed [{string.Join(" | ", before)}] into [{string.Join(" | ", after)}]");
        });
    }

    [Property]
    public Property The_tense_moves_a_bare_weekday_between_past_and_future()
    {
        string[] weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
        var cases =
            from reference in NewsGenerators.Reference()
            from weekday in Gen.Elements(weekdays)
            from verbs in Gen.Elements(("est venu", "viendra"), ("a signé l'accord", "signera l'accord"), ("a parlé", "parlera"))
            select (reference, weekday, verbs);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var past = DayOf($"Le ministre {c.verbs.Item1} {c.weekday} à Lyon.", c.reference);
            var future = DayOf($"Le ministre {c.verbs.Item2} {c.weekday} à Lyon.", c.reference);
            var reference = c.reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (past is not null && string.CompareOrdinal(past, reference) <= 0)
                    .Label($"\"{c.verbs.Item1} {c.weekday}\" on {reference} gave {past ?? "no date"}, not a day up to the reference")
                .And((future is not null && string.CompareOrdinal(future, reference) >= 0)
                    .Label($"\"{c.verbs.Item2} {c.weekday}\" on {reference} gave {future ?? "no date"}, not a day from the reference on"));
        });
    }

    [Fact]
    public void The_generators_write_every_family()
    {
        // Guards the properties against generators that plant nothing. 200 documents: with 20, a sample missed a family about once in twenty runs.
        var document = FsCheck.FSharp.Gen.Sample(200, NewsGenerators.Documents(
            _ => NewsGenerators.PersonSentence(), _ => NewsGenerators.RoleApposition(), _ => NewsGenerators.OrganizationSentence(),
            _ => NewsGenerators.PlaceSentence(), _ => NewsGenerators.PlacePair(), _ => NewsGenerators.QuantitySentence(),
            NewsGenerators.DateSentence).Generator);
        var families = document.SelectMany(d => d.Plants()).Select(p => p.Entity.Family).Distinct().ToArray();
        Assert.True(families.Length >= 10, string.Join(", ", families));
        foreach (var d in document)
        {
            foreach (var (entity, start) in d.Plants())
            {
                Assert.Equal(entity.Text, d.Text.Substring(start, entity.Text.Length));
            }
        }
    }

    private static string Describe(Entity entity, int shift) =>
        $"{entity.Kind}[{entity.Start - shift},{entity.End - shift}) \"{entity.Text}\" → \"{entity.Canonical}\" {entity.Value}";

    private static string? DayOf(string text, DateOnly reference) =>
        Extractor.Extract(text, new ExtractionOptions { ReferenceDate = reference, Kinds = EntityKindSet.Of(EntityKind.Date) })
            .Entities.Select(e => (e.Value as DateValue)?.Timex).FirstOrDefault();

    private static Property EveryPlantFound(NewsDocument document)
    {
        var result = Extractor.Extract(document.Text, document.Options);
        var property = true.ToProperty();
        foreach (var (planted, start) in document.Plants())
        {
            var end = start + planted.Text.Length;
            var found = result.Entities.FirstOrDefault(e => e.Start == start && e.End == end && e.Kind == planted.Kind);
            var overlapping = string.Join(", ", result.Entities.Where(e => e.Start < end && start < e.End));
            property = property.And((found is not null).Label($"{planted.Family} {planted.Kind} \"{planted.Text}\" at {start} not found (overlapping: [{overlapping}])"));
            if (found is null)
            {
                continue;
            }

            if (planted.Canonical is { } canonical)
            {
                property = property.And((found.Canonical == canonical).Label($"{planted.Family} \"{planted.Text}\": canonical {found.Canonical}, not {canonical}"));
            }

            if (planted.Value is { } value)
            {
                property = property.And(SameValue(value, found.Value).Label($"{planted.Family} \"{planted.Text}\": value {found.Value}, not {value}"));
            }
        }

        return property;
    }

    private static bool SameValue(EntityValue expected, EntityValue? actual) => (expected, actual) switch
    {
        (QuantityValue e, QuantityValue a) => Close(e.Number, a.Number) && e.Unit == a.Unit && e.Dimension == a.Dimension && Close(e.Si, a.Si) && e.Approximate == a.Approximate,
        (DateValue e, DateValue a) => e.Timex == a.Timex,
        (NumberValue e, NumberValue a) => Close(e.Number, a.Number) && e.Ordinal == a.Ordinal,
        _ => Equals(expected, actual),
    };

    private static bool Close(double expected, double actual) =>
        expected == actual || Math.Abs(expected - actual) <= 1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual));

    /// <summary>The document with every plant of <paramref name="family"/> at an even position (the first of each pair) renamed.</summary>
    private static NewsDocument Replace(NewsDocument document, string family, string replacement) =>
        document with
        {
            Sentences = document.Sentences.Select(s =>
            {
                var seen = 0;
                return new NewsSentence(s.Pieces.Select(p => p is Plant plant && plant.Entity.Family == family && seen++ % 2 == 0
                    ? new Plant(plant.Entity with { Text = replacement })
                    : p).ToArray());
            }).ToArray(),
        };

    /// <summary>Every entity, with the text of a renamed place replaced by a placeholder and offsets after it made relative.</summary>
    private static string[] Describe(NewsDocument document, ExtractionResult result)
    {
        var places = document.Plants().Where(p => p.Entity.Family == "place pair").Select(p => (p.Start, p.Start + p.Entity.Text.Length)).ToHashSet();
        return result.Entities.Select(e =>
        {
            var isPlace = places.Contains((e.Start, e.End));
            var sentence = SentenceIndex(document, e.Start);
            return isPlace ? $"{e.Kind} <place> in sentence {sentence}" : $"{e.Kind} \"{e.Text}\" {e.Value} in sentence {sentence}";
        }).ToArray();
    }

    private static int SentenceIndex(NewsDocument document, int offset)
    {
        var end = 0;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            end += document.Sentences[i].Text.Length + 1;
            if (offset < end)
            {
                return i;
            }
        }

        return document.Sentences.Count;
    }
}
