using static FrenchNewsNer.Tests.Dates.DateTestSupport;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>Words that look like dates and are not, and dates that look like other words (issue 4, item 3).</summary>
public class DateTrapTests
{
    [Theory]
    [InlineData("La planète Mars est rouge.")]
    [InlineData("Le dieu Mars était vénéré des légions.")]
    [InlineData("La sonde tourne autour de Mars depuis des années.")]
    [InlineData("Il est venu, mais il est reparti.")]
    [InlineData("Il a reçu un drone et un gilet.")]
    [InlineData("Un mort et un blessé.")]
    [InlineData("Pierre Juillet a été élu maire.")]
    [InlineData("M. Juillet a été élu maire.")]
    [InlineData("Selon M. Lundi, le projet avance.")]
    [InlineData("Le rapport de Juillet Dupont est paru.")]
    [InlineData("Avril Lavigne chante à Paris.")]
    [InlineData("Elle a lu Le Monde du Lundi.")]
    [InlineData("Le 1er ministre est arrivé.")]
    [InlineData("Il est arrivé le 1er.")]
    [InlineData("Il a marché pendant 72 heures.")]
    [InlineData("Il a dormi trois jours et six heures.")]
    [InlineData("La ville est à deux heures de Paris.")]
    [InlineData("Il a fait 3 h de route.")]
    [InlineData("Il a vendu 2000 exemplaires en 2000 exemplaires.")]
    [InlineData("Plus de 2000 personnes sont venues.")]
    [InlineData("Le tirage atteint 1500 exemplaires.")]
    [InlineData("Le vote a été serré.")]
    [InlineData("Les Jeux olympiques d'hiver s'ouvrent.")]
    [InlineData("Il a pris la moitié, soit 1/2, et 3/4 du reste, 24/7.")]
    [InlineData("Le score est de 2-1.")]
    [InlineData("Cette soirée, qui sera animée par un orchestre, est gratuite.")]
    [InlineData("Ils pensent à l'avenir de leurs enfants.")]
    [InlineData("Le Printemps de Bourges accueille des artistes.")]
    [InlineData("La nuit des temps.")]
    [InlineData("Il habite dans le Midi.")]
    [InlineData("Le journal Midi Libre a publié l'article.")]
    [InlineData("Sa voiture est une Dacia Sandero 2019.")]
    public void Is_not_a_date(string text) => Assert.Empty(FindDates(text, Sunday));

    [Theory]
    [InlineData("Le 8 mars est la journée des droits des femmes.", "8 mars")]
    [InlineData("Il reviendra le 8 Mars.", "8 Mars")]
    [InlineData("En Mars 2020, la pandémie a commencé.", "Mars 2020")]
    [InlineData("Il a plu en mai, mais il a fait beau en juin.", "mai|juin")]
    [InlineData("Mercredi, il a plu sur Moscou.", "Mercredi")]
    [InlineData("Dimanche, M. Kim a rencontré des étudiants.", "Dimanche")]
    [InlineData("Jean Juillet est arrivé en juillet.", "juillet")]
    [InlineData("Avril Lavigne chantera en avril.", "avril")]
    [InlineData("Elle a lu Le Monde lundi.", "lundi")]
    [InlineData("Le 1er mai est férié.", "1er mai")]
    [InlineData("Il est arrivé le premier mai.", "premier mai")]
    [InlineData("Les Jeux d'hiver auront lieu en hiver.", "hiver")]
    [InlineData("Il a été vu en été 2020.", "été 2020")]
    [InlineData("Eté comme hiver, le camping est ouvert.", "Eté|hiver")]
    [InlineData("Il est arrivé vers midi.", "vers midi")]
    [InlineData("A 20 h, deux rames sont arrivées.", "20 h")]
    public void Is_a_date(string text, string spans) =>
        Assert.Equal(spans.Split('|'), FindDates(text, Sunday).Select(d => d.Text));

    [Fact]
    public void Etre_a_ete_is_not_the_summer()
    {
        Assert.Empty(FindDates("Il a été élu. Elle a été vue.", Sunday));
        Assert.Equal([("été", "XXXX-SU")], FindDates("La demande augmente en été.", Sunday));
    }

    [Fact]
    public void Durations_are_left_to_the_quantity_recogniser()
    {
        var result = EntityExtractor.Default.Extract("Il a marché pendant 72 heures, puis dormi trois jours.", new ExtractionOptions { ReferenceDate = Sunday });
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Date);
    }
}
