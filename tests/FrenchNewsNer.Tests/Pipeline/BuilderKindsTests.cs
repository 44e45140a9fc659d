using System.Collections.Concurrent;
using FrenchNewsNer.Tests.Robustness;
using FrenchNewsNer.Tests.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Pipeline;

/// <summary>
/// The builder adds only the recognisers and stages the asked kinds need (and the kinds those depend on: a
/// gift needs names, dates and quantities). Leaving the others out must change nothing: an extractor built
/// for some kinds gives what the every-kind extractor gives when asked for those kinds.
/// </summary>
[Properties(MaxTest = 100)]
public sealed class BuilderKindsTests
{
    private static readonly ExtractionOptions WithReferenceDate = new() { ReferenceDate = new DateOnly(2023, 9, 17) };

    private static readonly EntityKind[] AllKinds = Enum.GetValues<EntityKind>();

    private static readonly ConcurrentDictionary<int, EntityExtractor> BuiltFor = new();

    private static EntityKindSet KindsOf(int mask) => EntityKindSet.Of(AllKinds.Where((_, k) => (mask & (1 << k)) != 0).ToArray());

    [Property]
    public Property An_extractor_built_for_some_kinds_gives_what_the_full_one_gives_for_them()
    {
        var cases =
            from text in Gen.OneOf(NewsTextGenerators.NewsText(), NewsTextGenerators.MutatedNewsText())
            from mask in Gen.Choose(1, (1 << AllKinds.Length) - 1)
            select (text, mask);
        return Prop.ForAll(cases.ShrinkingBy(c => c.text, (c, text) => c with { text = text }), c =>
        {
            var kinds = KindsOf(c.mask);
            var narrow = BuiltFor.GetOrAdd(c.mask, _ => new EntityExtractorBuilder().WithKinds(kinds).Build());
            var expected = EntityExtractor.Default.Extract(c.text, new ExtractionOptions { ReferenceDate = WithReferenceDate.ReferenceDate, Kinds = kinds });
            Assert.Equal(ResultInvariants.Describe(expected), ResultInvariants.Describe(narrow.Extract(c.text, WithReferenceDate)));
        });
    }
}
