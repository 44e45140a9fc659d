using FrenchNewsNer.Dates;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Tests.Robustness;
using FrenchNewsNer.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FrenchNewsNer.Tests.Text;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>
/// The grammar runs its rules only at tokens the start filter lets through; that must find exactly what
/// trying every rule at every token finds. A rule taught to start at a new word, without that word in the
/// filter, fails here.
/// </summary>
[Properties(MaxTest = 100)]
public class DateStartFilterTests
{
    private static readonly DateGrammar Grammar = new(DateLexicon.Default, FrenchNumberParser.Standard);

    // One phrase per way a date mention can begin: weekdays, relative days, determiners, boundaries, offsets,
    // periods, months, seasons, ordinals, clock words, vague references, numbers in words and digits; a few are
    // durations or numbers, not dates ("trois jours plus tard", "deux mille vingt-trois"): the filter must agree there too.
    private static readonly string[] DatePhrases =
    [
        "dimanche", "mercredi dernier", "mardi prochain", "vendredi 3 novembre", "aujourd'hui", "hier", "avant-hier",
        "demain", "après-demain", "la veille", "le lendemain", "cette semaine", "la semaine dernière", "le mois prochain",
        "l'année précédente", "en avril", "en mars 2019", "au troisième trimestre", "en 2021", "cet été", "fin septembre",
        "début 2024", "mi-novembre", "courant mars", "milieu de l'année", "13 septembre 2023", "le 1er mai", "13/09/2023",
        "13.09.2023", "2023-09-13", "à 17 h", "14h30", "à midi", "vers 8 heures du matin", "mardi à 15 heures",
        "ces derniers jours", "récemment", "à l'avenir", "il y a trois jours", "dans deux semaines", "dans un mois",
        "premier mai", "trois jours plus tard", "les années 1990", "années 80", "le premier trimestre", "une semaine après",
        "un lundi", "à minuit", "ce matin", "samedi soir", "le week-end dernier", "l'an dernier", "cette année-là",
        "le mois-ci", "le 8 mars", "Mercredi", "en fin de journée", "depuis 2014", "jusqu'au 30 juin", "du 3 au 5 mai",
        "entre lundi et mercredi", "deux mille vingt-trois", "le deux septembre", "quinze heures trente", "à 8h",
    ];

    private static readonly string[] Frames =
    [
        "{0}", "Il est venu {0}.", "{0}, le ministre a parlé.", "Selon l'agence, {0} et {0}.", "La réunion de {0} a été reportée.",
    ];

    [Fact]
    public void Every_date_phrase_in_every_frame_parses_alike_with_and_without_the_filter()
    {
        foreach (var phrase in DatePhrases)
        {
            foreach (var frame in Frames)
            {
                AssertSame(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, phrase));
            }
        }
    }

    [Fact]
    public void The_phrases_are_dates_so_the_comparison_is_not_vacuous()
    {
        var found = DatePhrases.Count(p => Grammar.Parse(Document.Create(p)).Count > 0);
        var missed = string.Join(" | ", DatePhrases.Where(p => Grammar.Parse(Document.Create(p)).Count == 0));
        Assert.True(found >= DatePhrases.Length * 9 / 10, $"only {found} of {DatePhrases.Length} phrases parse as dates; not: {missed}");
    }

    [Property]
    public Property Generated_and_mutated_news_text_parses_alike_with_and_without_the_filter()
    {
        var texts =
            from news in Gen.OneOf(NewsTextGenerators.NewsText(), NewsTextGenerators.MutatedNewsText())
            from phrase in Gen.Elements(DatePhrases)
            from at in Gen.Choose(0, news.Length)
            select news[..at] + " " + phrase + " " + news[at..];
        return Prop.ForAll(texts.Shrinking(), text => AssertSame(text));
    }

    private static void AssertSame(string text)
    {
        var document = Document.Create(text);
        Assert.Equal(Grammar.ParseWithoutStartFilter(document), Grammar.Parse(document));
    }
}
