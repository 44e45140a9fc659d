using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// A person introduced by full name, then named by the first name alone: the first name is that person
/// (same canonical), unless two persons of the document bear it.
/// </summary>
public class FirstNameMentionProperties
{
    private static readonly EntityExtractor Extractor = new EntityExtractorBuilder().Build();

    // Common French first names: a kind of word the recogniser knows from its first-name list.
    private static readonly string[] FirstNames = ["Sophie", "Pierre", "Claire", "Julien", "Nathalie", "Thomas", "Isabelle", "Nicolas"];

    [Property(MaxTest = 60)]
    public Property The_first_name_alone_takes_the_full_name() =>
        Prop.ForAll(Gen.Elements(FirstNames).ToArbitrary(), NameTextGen.CapitalizedWord.ToArbitrary(), (first, surname) =>
        {
            var full = first + " " + surname;
            var text = $"{full} a visité l'usine lundi. Plus tard, {first} a déclaré que tout allait bien.";
            var alone = Extractor.Extract(text).Entities.Last(e => e.Text == first);
            return alone.Kind == EntityKind.Person && alone.Canonical == full;
        });

    [Property(MaxTest = 60)]
    public Property A_first_name_two_persons_bear_stays_itself() =>
        Prop.ForAll(Gen.Elements(FirstNames).ToArbitrary(), NameTextGen.CapitalizedWord.ToArbitrary(), NameTextGen.CapitalizedWord.ToArbitrary(), (first, surname1, surname2) =>
        {
            var text = $"{first} {surname1} a rencontré {first} {surname2} lundi. Plus tard, {first} a déclaré que tout allait bien.";
            var alone = Extractor.Extract(text).Entities.Where(e => e.Text == first).ToList();
            return surname1 == surname2 || alone.All(e => e.Canonical == first);
        });
}
