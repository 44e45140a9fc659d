using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names;

namespace FrenchNewsNer.Tests.Names;

/// <summary>The sports tables (country codes, club initials): read, folded, and rejected with file and line when malformed.</summary>
public class SportsTablesTests
{
    [Fact]
    public void Country_codes_are_read_folded_with_their_country()
    {
        var codes = SportsCountryCodes.Read(new StringReader("# comment\ncode\tcountry\nESP\tEspagne\nIt\tItalie\n"), "codes.tsv");
        Assert.True(codes.TryGetValue("esp", out var spain));
        Assert.Equal("Espagne", spain);
        Assert.True(codes.TryGetValue("it", out var italy));
        Assert.Equal("Italie", italy);
        Assert.False(codes.ContainsKey("fr"));
    }

    [Fact]
    public void A_country_code_listed_twice_in_another_case_names_the_file_and_line()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            SportsCountryCodes.Read(new StringReader("code\tcountry\nESP\tEspagne\nEsp\tEspagne\n"), "codes.tsv"));
        Assert.Equal("codes.tsv", error.SourceName);
        Assert.Equal(3, error.Line);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_code_line_without_its_country_names_the_file_and_line()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            SportsCountryCodes.Read(new StringReader("code\tcountry\nESP\n"), "codes.tsv"));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Club_initials_are_read_folded_and_duplicates_rejected()
    {
        var initials = ClubInitials.Read(new StringReader("initials\tmeaning\nFC\tFootball-Club\nHC\tHockey-Club\n"), "clubs.tsv");
        Assert.True(initials.Contains("hc"));
        Assert.False(initials.Contains("xy"));
        var error = Assert.Throws<DataFormatException>(() =>
            ClubInitials.Read(new StringReader("initials\tmeaning\nFC\tFootball-Club\nfc\tagain\n"), "clubs.tsv"));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void The_embedded_tables_load()
    {
        Assert.True(SportsCountryCodes.Codes.TryGetValue("sui", out var switzerland));
        Assert.Equal("Suisse", switzerland);
        Assert.True(ClubInitials.Initials.Contains("fc"));
    }
}
