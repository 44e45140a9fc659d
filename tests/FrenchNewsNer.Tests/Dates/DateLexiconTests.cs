using FrenchNewsNer.Dates;
using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Tests.Dates;

public class DateLexiconTests
{
    [Fact]
    public void Every_month_and_weekday_has_its_full_name()
    {
        var lexicon = DateLexicon.Default;
        var fr = new System.Globalization.CultureInfo("fr-FR").DateTimeFormat;
        for (var month = 1; month <= 12; month++)
        {
            Assert.True(lexicon.Months.TryGetValue(TextFolding.Fold(fr.GetMonthName(month)), out var word), fr.GetMonthName(month));
            Assert.Equal(new MonthWord(month, false), word);
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            Assert.True(lexicon.Weekdays.TryGetValue(TextFolding.Fold(fr.GetDayName(day)), out var word), fr.GetDayName(day));
            Assert.Equal(day == DayOfWeek.Sunday ? 7 : (int)day, word.Day);
        }
    }

    [Fact]
    public void The_culture_abbreviations_are_known_as_abbreviations()
    {
        var fr = new System.Globalization.CultureInfo("fr-FR").DateTimeFormat;
        for (var month = 1; month <= 12; month++)
        {
            var folded = TextFolding.Fold(fr.GetAbbreviatedMonthName(month).TrimEnd('.'));
            Assert.True(DateLexicon.Default.Months.TryGetValue(folded, out var word), folded);
            Assert.Equal(month, word.Month);
        }
    }

    [Fact]
    public void Cue_homographs_are_told_apart_by_their_accents()
    {
        var document = FrenchNewsNer.Text.Document.Create("Il a rendez-vous à midi.");
        var lexicon = DateLexicon.Default;
        Assert.True(lexicon.Is(document, 1, CueRoles.PastAux));
        Assert.False(lexicon.Is(document, 1, CueRoles.Time));
        Assert.True(lexicon.Is(document, 3, CueRoles.Time));
        Assert.False(lexicon.Is(document, 3, CueRoles.PastAux));
    }

    [Fact]
    public void The_Latin_1_lower_casing_shortcut_agrees_with_the_library_on_every_unit()
    {
        // The cue homographs compare the original casing through a table-free shortcut below U+0100;
        // it must lower exactly as char.ToLowerInvariant does, there and above.
        for (var c = '\0'; c <= '\u024F'; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c), DateLexicon.ToLowerInvariant(c));
        }
    }

    [Fact]
    public void Cue_homographs_are_told_apart_in_capitals_too()
    {
        var document = FrenchNewsNer.Text.Document.Create("Il A rendez-vous À midi.");
        var lexicon = DateLexicon.Default;
        Assert.True(lexicon.Is(document, 1, CueRoles.PastAux));
        Assert.True(lexicon.Is(document, 3, CueRoles.Time));
        Assert.False(lexicon.Is(document, 3, CueRoles.PastAux));
    }
}
