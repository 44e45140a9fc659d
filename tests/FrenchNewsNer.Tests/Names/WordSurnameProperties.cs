using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Persons whose names are French words ("Isabelle Boulanger", "Marc Carton", "le caporal Lechat"), found from
/// where the words stand: a first name at a sentence start or after a preposition, a title right before the
/// surname, a plural title before several surnames ("les juges X et Y"). And the same words where an article
/// or a noun before them makes them a thing's name ("le collectif Rose Bouvier") are no person.
/// </summary>
public sealed class WordSurnameProperties
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
    private static readonly EntityExtractor Names = new EntityExtractorBuilder().WithKinds(NameKinds).Build();

    // First names that are also French words (a colour, a stone, a coin, a flower).
    private static readonly string[] WordFirstNames = ["Isabelle", "Pierre", "Marc", "Jules", "Rose", "Claude", "Aurore", "Victoire", "Constance"];

    // Surnames that are French nouns, none in the surname list.
    private static readonly string[] WordSurnames = ["Boulanger", "Carton", "Marchand", "Meunier", "Mercier", "Charpentier", "Bouvier", "Renard", "Vacher", "Barbier"];

    private static readonly string[] Titles = ["le caporal", "le juge", "la juge", "le colonel", "notre collègue", "le commissaire", "Maître"];

    [Property(MaxTest = 200)]
    public Property A_first_name_and_a_word_surname_are_a_person_where_a_name_may_start()
    {
        var cases =
            from first in Gen.Elements(WordFirstNames)
            from last in Gen.Elements(WordSurnames)
            from frame in Gen.Elements(
                "{0} a assuré que le projet avançait.",
                "Selon {0}, la réforme reste floue.",
                "Le texte a été signé par {0} mardi.",
                "La maire de la commune, {0}, a annoncé la mesure.",
                "Il a déjeuné avec {0} et ses proches.")
            select (name: first + " " + last, frame);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, c.frame, c.name);
            var found = Find(text);
            return found.SequenceEqual([$"Person:{c.name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property The_same_words_after_an_article_or_a_noun_are_no_person()
    {
        var cases =
            from first in Gen.Elements(WordFirstNames)
            from last in Gen.Elements(WordSurnames)
            from frame in Gen.Elements("Le {0} a fermé ses portes.", "Il a rejoint le collectif {0} en mai.", "Elle Elle a voté contre.")
            select (words: first + " " + last, frame);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, c.frame, c.words);
            var persons = Find(text).Where(f => f.StartsWith("Person:", StringComparison.Ordinal)).ToArray();
            return (persons.Length == 0).Label($"'{text}' gave {string.Join(" | ", persons)}");
        });
    }

    [Property(MaxTest = 150)]
    public Property A_word_surname_right_after_a_title_is_a_person()
    {
        var cases =
            from title in Gen.Elements(Titles)
            from last in Gen.Elements(WordSurnames)
            select (title, last);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Selon nos informations, {c.title} {c.last} a signé le document hier.";
            var found = Find(text);
            return found.SequenceEqual([$"Person:{c.last}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 150)]
    public Property A_plural_title_announces_every_coordinated_person()
    {
        var cases =
            from title in Gen.Elements("les juges", "les caporaux", "MM.", "les conseillers fédéraux", "les avocats")
            from first in NewsSurname()
            from second in NewsSurname()
            where first != second
            select (title, first, second);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Le dossier a été confié à {c.title} {c.first} et {c.second} en 2001.";
            var found = Find(text);
            return found.SequenceEqual([$"Person:{c.first}", $"Person:{c.second}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    private static Gen<string> NewsSurname() => FrenchNewsNer.Tests.News.NewsGenerators.Surname();

    private static string[] Find(string text) =>
        Names.Extract(text).Entities.Where(e => NameKinds.Contains(e.Kind)).Select(e => $"{e.Kind}:{e.Text}").ToArray();
}
