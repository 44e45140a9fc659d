using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// An invented organisation defined with its acronym in brackets, then named by the acronym alone: the
/// long name is one Organization, and the acronym, in the brackets and later, is an Organization mention
/// with the long name's canonical and id.
/// </summary>
public class AcronymDefinitionProperties
{
    private static readonly EntityExtractor Extractor = new EntityExtractorBuilder().Build();

    // Kinds of organisation words (designators), not names.
    private static readonly string[] Heads = ["Société", "Association", "Fédération", "Union", "Institut", "Agence", "Compagnie", "Confédération"];

    private static readonly string[] Links = ["des", "de la", "du", "pour la"];

    // A long name "Head adjective link noun [noun]" and its acronym from the initials of the content words.
    private static Gen<(string Long, string Acronym)> Organisation { get; } =
        from head in Gen.Elements(Heads)
        from words in Gen.ListOf(NameTextGen.Word).Where(w => w.Count is >= 2 and <= 3)
        from link in Gen.Elements(Links)
        let longName = head + " " + words[0] + " " + link + " " + string.Join(' ', words.Skip(1))
        let acronym = string.Concat(new[] { head }.Concat(words).Select(w => char.ToUpperInvariant(w[0])))
        select (longName, acronym);

    [Property(MaxTest = 60)]
    public Property The_long_name_and_every_use_of_its_acronym_are_one_organisation() =>
        Prop.ForAll(Organisation.ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (organisation, uses) =>
        {
            var article = "AEIOUÉ".Contains(organisation.Long[0], StringComparison.Ordinal) ? "l'" : "la ";
            var text = $"Selon {article}{organisation.Long} ({organisation.Acronym}), la réforme est prête."
                + string.Concat(Enumerable.Repeat($" Le porte-parole a confirmé l'accord avec le {organisation.Acronym}.", uses));
            var entities = Extractor.Extract(text).Entities;
            var longName = entities.Single(e => e.Text == organisation.Long);
            var acronyms = entities.Where(e => e.Text == organisation.Acronym).ToList();
            return longName.Kind == EntityKind.Organization
                && acronyms.Count == uses + 1
                && acronyms.All(e => e.Kind == EntityKind.Organization && e.Canonical == organisation.Long && e.Id == longName.Id)
                && !entities.Any(e => e.Start > longName.Start && e.Start < longName.End);
        });

    [Property(MaxTest = 60)]
    public Property The_reverse_order_defines_the_acronym_too() =>
        Prop.ForAll(Organisation.ToArbitrary(), organisation =>
        {
            var text = $"Le rapport du {organisation.Acronym} ({organisation.Long}) est paru. Le {organisation.Acronym} le défend.";
            var entities = Extractor.Extract(text).Entities;
            var acronyms = entities.Where(e => e.Text == organisation.Acronym).ToList();
            return entities.Any(e => e.Text == organisation.Long && e.Kind == EntityKind.Organization)
                && acronyms.Count == 2
                && acronyms.All(e => e.Kind == EntityKind.Organization && e.Canonical == organisation.Long);
        });

    [Property(MaxTest = 40)]
    public Property A_lower_case_phrase_in_front_of_brackets_is_no_definition() =>
        Prop.ForAll(NameTextGen.Word.ToArbitrary(), NameTextGen.Word.ToArbitrary(), (a, b) =>
        {
            // "le produit intérieur brut (PIB)": a common phrase, not a name.
            var acronym = $"{char.ToUpperInvariant(a[0])}{char.ToUpperInvariant(b[0])}";
            var text = $"Il mesure le {a} {b} ({acronym}) chaque année.";
            return !Extractor.Extract(text).Entities.Any(e => e.Text.Contains(a, StringComparison.Ordinal));
        });
}
