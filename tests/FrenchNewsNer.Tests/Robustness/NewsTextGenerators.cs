using System.Globalization;
using System.Text;
using FrenchNewsNer.Tests.Text;
using FsCheck;
using FsCheck.Fluent;

namespace FrenchNewsNer.Tests.Robustness;

/// <summary>
/// Generators of French news-like text built from fragments (names, numbers with separators, dates,
/// gift sentences), and of mutations of it (inserted and deleted characters, ' and ’ swapped, spaces
/// turned into U+00A0 or U+202F, case changes): text the recognisers match partly, the likeliest to
/// reach a corner case.
/// </summary>
internal static class NewsTextGenerators
{
    private static readonly string[] People =
    [
        "Vladimir Poutine", "Kim Jong Un", "M. Kim", "Emmanuel Macron", "Mme Hidalgo", "Anne Hidalgo", "Oleg Kojémiako",
        "le président russe Vladimir Poutine", "Alexandre Kozlov", "Jean-Marie Le Pen", "Sergueï Lavrov", "M. Poutine",
    ];

    private static readonly string[] Organizations =
    [
        "l'agence Ria Novosti", "TASS", "le Kremlin", "l'agence KCNA", "l'ONU", "la SNCF", "le ministère de l'Intérieur", "l’Élysée",
        "le quotidien « Le Monde »", "la revue « Esprit »",
    ];

    private static readonly string[] Places =
    [
        "Moscou", "Pyongyang", "Vladivostok", "la Corée du Nord", "Paris", "Marseille", "la gare d'Artiom-Primorsky-1", "Saint-Pétersbourg",
        "l'Extrême-Orient russe", "Khassan",
    ];

    private static readonly string[] Dates =
    [
        "le 13 septembre 2023", "dimanche", "hier", "mardi 12 septembre", "en 2022", "à 14h30", "le 1er janvier", "13/09/2023",
        "cette semaine", "samedi soir", "le lendemain", "en septembre 2023", "depuis 2014",
    ];

    private static readonly string[] Units =
    [
        "kilomètres", "euros", "%", "millions d'euros", "tonnes", "habitants", "km", "dollars", "mètres", "ans", "personnes", string.Empty,
    ];

    private static readonly string[] GiftItems =
    [
        "drones explosifs", "un gilet pare-balles", "une voiture de luxe Aurus", "un fusil", "des vêtements spéciaux", "cinq drones",
        "un drone de reconnaissance", "une paire de gants", "un service à thé",
    ];

    private static readonly string[] Verbs =
    [
        "a indiqué", "a déclaré", "a rencontré", "a visité", "a annoncé", "s'est rendu à", "a quitté", "a salué",
    ];

    private static readonly string[] NumberSeparators = [" ", "\u00A0", "\u202F", ".", string.Empty];

    /// <summary>Characters worth inserting: quotes, apostrophes, every space, digits, accents, controls, surrogates.</summary>
    private static readonly char[] InsertedChars =
    [
        'a', 'É', 'é', 'K', '1', '0', ',', '.', '-', '\'', '’', '«', '»', '"', ' ', '\u00A0', '\u202F', '\n', '\r', '\t', '\0',
        '\u0301', '\uD800', '\uDC00', '%', '€', '/', 'h', '(', ')',
    ];

    /// <summary>A number as the press writes it: digit groups with a separator, sometimes a decimal comma and a unit.</summary>
    public static Gen<string> Number() =>
        from value in Gen.Frequency(
            (3, Gen.Choose(0, 999)),
            (3, Gen.Choose(1_000, 999_999)),
            (2, Gen.Choose(1_000_000, int.MaxValue)))
        from separator in Gen.Elements(NumberSeparators)
        from decimals in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 99)))
        from unit in Gen.Elements(Units)
        select DigitGrouping.Group(value, separator)
            + (decimals >= 0 ? "," + decimals.ToString("00", CultureInfo.InvariantCulture) : string.Empty)
            + (unit.Length > 0 ? " " + unit : string.Empty);

    /// <summary>One news sentence from a template filled with fragments.</summary>
    public static Gen<string> Sentence()
    {
        var person = Gen.Elements(People);
        var organization = Gen.Elements(Organizations);
        var place = Gen.Elements(Places);
        var date = Gen.Elements(Dates);
        var verb = Gen.Elements(Verbs);
        var item = Gen.Elements(GiftItems);
        var capitalisedDate = date.Select(Capitalise);
        return Gen.OneOf(
            from p in person from v in verb from pl in place from d in date select $"{Capitalise(p)} {v} {pl} {d}.",
            from d in capitalisedDate from p in person from g in item from r in person select $"{d}, {p} a offert à {r} {g}.",
            from p in person from items in item.NonEmptyListOf() from r in person
            select $"{Capitalise(p)} a offert à {r} {string.Join(", ", items.Take(3))} et {items[0]}, selon {r}.",
            from o in organization from n in Number() from pl in place select $"Selon {o}, {n} ont été recensés à {pl}.",
            from pl in place from n in Number() from d in date select $"« La distance est d'environ {n} », a indiqué {pl} {d}.",
            from o in organization from n in Number() from m in Number() select $"{Capitalise(o)} a annoncé {n} puis {m}.",
            from p in person from q in person from d in date select $"{Capitalise(p)} et {q} se sont mutuellement offert un fusil {d}.",
            Number().Select(n => $"Il y avait {n}."));
    }

    /// <summary>One to six sentences, joined by spaces, line breaks or paragraph breaks.</summary>
    public static Gen<string> NewsText() =>
        from sentences in Sentence().NonEmptyListOf()
        from joints in Gen.Elements(" ", " ", "\n", "\n\n", "\r\n\r\n").ArrayOf(sentences.Count)
        select Join(sentences.Take(6).ToArray(), joints);

    /// <summary>News text after zero to eight random mutations.</summary>
    public static Gen<string> MutatedNewsText() =>
        from text in NewsText()
        from mutations in Mutation().ListOf()
        select mutations.Take(8).Aggregate(text, (current, mutate) => mutate(current));

    /// <summary>Arbitrary news text or a mutation of it, half and half; it shrinks by sentences, words, then characters.</summary>
    public static Arbitrary<string> NewsOrMutated() => Gen.OneOf(NewsText(), MutatedNewsText()).Shrinking();

    /// <summary>Text whose first paragraph has nothing to do with the news after it: an unrelated prefix.</summary>
    public static Gen<string> UnrelatedParagraph() =>
        from words in Gen.Elements("la", "pluie", "tombe", "sur", "le", "jardin", "et", "les", "fleurs", "poussent", "lentement", "Il", "Elle", "Nous").NonEmptyListOf()
        from breakText in Gen.Elements("\n\n", "\r\n\r\n", "\n \n", "\n\n\n")
        select string.Join(' ', words) + "." + breakText;

    /// <summary>One edit of a text; positions are taken modulo the length, so one edit fits every text.</summary>
    private static Gen<Func<string, string>> Mutation()
    {
        var position = Gen.Choose(0, int.MaxValue);
        return Gen.OneOf(
            from p in position from c in Gen.Elements(InsertedChars) select (Func<string, string>)(t => t.Insert(p % (t.Length + 1), c.ToString())),
            position.Select(p => (Func<string, string>)(t => t.Length == 0 ? t : t.Remove(p % t.Length, 1))),
            Gen.Constant((Func<string, string>)(t => t.Replace('\'', '\u0001').Replace('’', '\'').Replace('\u0001', '’'))),
            position.Select(p => (Func<string, string>)(t => ReplaceNthSpace(t, p, '\u00A0'))),
            position.Select(p => (Func<string, string>)(t => ReplaceNthSpace(t, p, '\u202F'))),
            Gen.Constant((Func<string, string>)(t => t.ToUpperInvariant())),
            Gen.Constant((Func<string, string>)(t => t.ToLowerInvariant())),
            position.Select(p => (Func<string, string>)(t => ToggleCaseAt(t, p))));
    }


    private static string Join(string[] sentences, string[] joints)
    {
        var text = new StringBuilder(sentences[0]);
        for (var i = 1; i < sentences.Length; i++)
        {
            text.Append(joints[i - 1]).Append(sentences[i]);
        }

        return text.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string ReplaceNthSpace(string text, int n, char replacement)
    {
        var spaces = text.Count(c => c == ' ');
        if (spaces == 0)
        {
            return text;
        }

        var target = n % spaces;
        var chars = text.ToCharArray();
        for (int i = 0, seen = 0; i < chars.Length; i++)
        {
            if (chars[i] == ' ' && seen++ == target)
            {
                chars[i] = replacement;
                break;
            }
        }

        return new string(chars);
    }

    private static string ToggleCaseAt(string text, int p)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var i = p % chars.Length;
        chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
