using static FrenchNewsNer.Tests.Dates.DateTestSupport;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>Each construction of issue 4, its span (FORMAT.md conventions) and its TIMEX3 value.</summary>
public class DateConstructionTests
{
    [Theory]
    // Bare weekdays: the most recent such day up to and including the publication date (a Sunday).
    [InlineData("Le président a parlé dimanche à la télévision.", "dimanche", "2023-09-17")]
    [InlineData("Une visite entamée mardi.", "mardi", "2023-09-12")]
    [InlineData("Il a rencontré Vladimir Poutine mercredi sur le cosmodrome.", "mercredi", "2023-09-13")]
    [InlineData("Mercredi, lors d'un échange, ils ont parlé.", "Mercredi", "2023-09-13")]
    [InlineData("Il est arrivé samedi.", "samedi", "2023-09-16")]
    [InlineData("Il est parti lundi.", "lundi", "2023-09-11")]
    // "dernier", "prochain", "ce", "suivant"
    [InlineData("Il a démissionné mercredi dernier.", "mercredi dernier", "2023-09-13")]
    [InlineData("Il a démissionné dimanche dernier.", "dimanche dernier", "2023-09-10")]
    [InlineData("Il viendra mardi prochain.", "mardi prochain", "2023-09-19")]
    [InlineData("Il viendra dimanche prochain.", "dimanche prochain", "2023-09-24")]
    [InlineData("Ce dimanche, un thé dansant.", "Ce dimanche", "2023-09-17")]
    [InlineData("Elle sera rendue publique ce mardi.", "ce mardi", "2023-09-12")]
    public void Weekdays(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Theory]
    [InlineData("Il arrive vendredi 3 novembre.", "2023-09-17", "vendredi 3 novembre", "2023-11-03")]
    [InlineData("Il manifestera le mercredi 1er mai à Paris.", "2002-04-30", "mercredi 1er mai", "2002-05-01")]
    [InlineData("Il manifestera le mercredi 1er mai à Paris.", "2023-09-17", "mercredi 1er mai", "2024-05-01")]
    [InlineData("Les obsèques seront célébrées lundi 17 février.", "2003-02-16", "lundi 17 février", "2003-02-17")]
    [InlineData("Rendez-vous samedi 4 janvier pour la messe.", "2003-01-04", "samedi 4 janvier", "2003-01-04")]
    [InlineData("Rendez-vous Dimanche 5 janvier pour la messe.", "2003-01-04", "Dimanche 5 janvier", "2003-01-05")]
    [InlineData("Exposition le mer. 24 juin 2020.", "2016-07-15", "mer. 24 juin 2020", "2020-06-24")]
    [InlineData("Ils partent vendredi 3.", "2023-09-17", "vendredi 3", "2023-11-03")]
    [InlineData("JEUDI 3 JUIN 12h55.", "2021-05-30", "JEUDI 3 JUIN 12h55", "2021-06-03T12:55")]
    [InlineData("La crèche rouvrira lundi 6 septembre.", "1999-09-05", "lundi 6 septembre", "1999-09-06")]
    public void Weekdays_with_a_date_pick_the_year_the_weekday_fits(string text, string reference, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Day(reference)));

    [Theory]
    [InlineData("Il est arrivé hier.", "hier", "2023-09-16")]
    [InlineData("Hier, Kim a rencontré des étudiants.", "Hier", "2023-09-16")]
    [InlineData("Il part aujourd'hui pour Moscou.", "aujourd'hui", "2023-09-17")]
    [InlineData("Il est venu avant-hier.", "avant-hier", "2023-09-15")]
    [InlineData("Il partira demain.", "demain", "2023-09-18")]
    [InlineData("Il partira après-demain.", "après-demain", "2023-09-19")]
    [InlineData("La veille, il avait plu.", "La veille", "2023-09-16")]
    [InlineData("Il est reparti le lendemain.", "le lendemain", "2023-09-18")]
    [InlineData("L'annonce officielle est prévue aujourd'hui vendredi.", "aujourd'hui vendredi", "2023-09-17")]
    public void Relative_days(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Fact]
    public void La_veille_counts_from_the_day_the_text_talks_about()
    {
        var found = FindDates("Le sommet s'est ouvert le 13 septembre. La veille, les délégations étaient arrivées.", Sunday);
        Assert.Equal([("13 septembre", "2023-09-13"), ("La veille", "2023-09-12")], found);
    }

    [Theory]
    [InlineData("Aucun accord n'a été signé cette semaine.", "cette semaine", "2023-W37")]
    [InlineData("Il est venu la semaine dernière.", "la semaine dernière", "2023-W36")]
    [InlineData("On se verra la semaine prochaine.", "la semaine prochaine", "2023-W38")]
    [InlineData("Le prix baissera le mois prochain.", "le mois prochain", "2023-10")]
    [InlineData("Le prix a baissé le mois dernier.", "le mois dernier", "2023-08")]
    [InlineData("Les ventes de l'année précédente.", "l'année précédente", "2022")]
    [InlineData("Par rapport à l'année dernière.", "l'année dernière", "2022")]
    [InlineData("Le bilan de l'an dernier.", "l'an dernier", "2022")]
    [InlineData("Il a plu ce mois-ci.", "ce mois-ci", "2023-09")]
    [InlineData("Ce week-end, les coureurs se sont rendus à Saint-Gervais.", "Ce week-end", "2023-W37-WE")]
    [InlineData("Le week-end dernier fut chaud.", "Le week-end dernier", "2023-W36-WE")]
    public void Weeks_months_and_years(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Theory]
    [InlineData("Il est parti en avril.", "avril", "2023-04")]
    [InlineData("Il est né en mars 2019.", "mars 2019", "2019-03")]
    [InlineData("La croissance au troisième trimestre.", "troisième trimestre", "2023-Q3")]
    [InlineData("La croissance au 3e trimestre 2022.", "3e trimestre 2022", "2022-Q3")]
    [InlineData("Le premier semestre de l'année prochaine.", "Le premier semestre de l'année prochaine", "2024-H1")]
    [InlineData("Il a été élu en 2021.", "2021", "2021")]
    [InlineData("Il nous rendra visite cet été.", "cet été", "2023-SU")]
    [InlineData("Le régiment achèvera fin septembre son mandat.", "fin septembre", "2023-09")]
    [InlineData("Le chantier reprendra début 2024.", "début 2024", "2024")]
    [InlineData("Il reviendra à la mi-novembre.", "mi-novembre", "2023-11")]
    [InlineData("Le traité sera signé en juin prochain.", "juin prochain", "2024-06")]
    [InlineData("Il est arrivé en septembre dernier.", "septembre dernier", "2022-09")]
    [InlineData("Un aménagement dès octobre 98.", "dès octobre 98", "1998-10")]
    [InlineData("Dès l'année 2001, la municipalité investira.", "Dès l'année 2001", "2001")]
    [InlineData("Les otages sont libres depuis 1998.", "depuis 1998", "1998")]
    [InlineData("La toiture a été refaite à la fin de l'année dernière.", "à la fin de l'année dernière", "2022")]
    [InlineData("Une grande fête aura lieu en fin d'année.", "fin d'année", "2023")]
    [InlineData("Il a été élu à l'automne 2020.", "l'automne 2020", "2020-FA")]
    [InlineData("L'hiver dernier a été rude.", "L'hiver dernier", "2023-WI")]
    [InlineData("Les journaux connaissent un boom en été.", "été", "XXXX-SU")]
    [InlineData("Pendant les mois d'été, le camping est complet.", "les mois d'été", "XXXX-SU")]
    [InlineData("Qui était président dans les années 1990 ?", "les années 1990", "(1990-01-01,2000-01-01,P10Y)")]
    [InlineData("Le cinéma des années 80.", "années 80", "(1980-01-01,1990-01-01,P10Y)")]
    [InlineData("Qui présidait dans les années quatre-vingt-dix ?", "les années quatre-vingt-dix", "(1990-01-01,2000-01-01,P10Y)")]
    [InlineData("Les résultats du trimestre dernier.", "trimestre dernier", "2023-Q2")]
    public void Months_quarters_years_and_seasons(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Theory]
    [InlineData("Le 13 septembre 2023, il pleuvait.", "13 septembre 2023", "2023-09-13")]
    [InlineData("Les manifestants défileront le 1er mai.", "1er mai", "2024-05-01")]
    [InlineData("Les syndicats ont défilé le 1er mai.", "1er mai", "2023-05-01")]
    [InlineData("Ils se sont mariés le 1er mai 1962.", "1er mai 1962", "1962-05-01")]
    [InlineData("Le contrat date du 13/09/2023.", "13/09/2023", "2023-09-13")]
    [InlineData("Le contrat date du 13.09.2023.", "13.09.2023", "2023-09-13")]
    [InlineData("Le contrat date du 2023-09-13.", "2023-09-13", "2023-09-13")]
    [InlineData("Il sera de retour le samedi 23/06/18.", "samedi 23/06/18", "2018-06-23")]
    [InlineData("Avant le 15.05.99 : envoyez le dossier.", "Avant le 15.05.99", "1999-05-15")]
    [InlineData("Mercredi 13 septembre 2023, il pleuvait.", "Mercredi 13 septembre 2023", "2023-09-13")]
    [InlineData("Les faits remontent au 27 mai 1998 et se sont déroulés dans les bois.", "27 mai 1998", "1998-05-27")]
    [InlineData("Le Parlement, élu le 6 mai dernier, siège.", "6 mai dernier", "2023-05-06")]
    [InlineData("Les élections auront lieu le 13 avril prochain.", "13 avril prochain", "2024-04-13")]
    [InlineData("Les attentats du 11 septembre ont freiné le tourisme.", "11 septembre", "2023-09-11")]
    [InlineData("Il est né le 10 novembre 93.", "10 novembre 93", "1993-11-10")]
    [InlineData("Je suis né le 23 novembre de 1987.", "23 novembre de 1987", "1987-11-23")]
    [InlineData("Il a été retrouvé le 22/04 dans un fossé.", "22/04", "2023-04-22")]
    public void Absolute_dates(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Theory]
    [InlineData("Rendez-vous à 17 h devant la mairie.", "17 h", "T17")]
    [InlineData("Le train part à 14h30.", "14h30", "T14:30")]
    [InlineData("Il est passé à midi devant la pharmacie.", "midi", "T12")]
    [InlineData("Il se lève vers 8 heures du matin.", "vers 8 heures du matin", "T08")]
    [InlineData("Le concert commence à 9 heures du soir.", "9 heures du soir", "T21")]
    [InlineData("Il arrive mardi à 15 heures.", "mardi à 15 heures", "2023-09-12T15:00")]
    [InlineData("Hier à 10 h, une dizaine de délégués ont boycotté.", "Hier à 10 h", "2023-09-16T10:00")]
    [InlineData("Les inscriptions auront lieu à partir de 8 h 30.", "à partir de 8 h 30", "T08:30")]
    [InlineData("Il a été appelé vers 0 h 40.", "vers 0 h 40", "T00:40")]
    [InlineData("La séance commence à 14:55.", "14:55", "T14:55")]
    [InlineData("Il est vingt heures.", "vingt heures", "T20")]
    [InlineData("Le soleil se couchera demain à sept heures et vingt-sept minutes.", "demain à sept heures et vingt-sept minutes", "2023-09-18T07:27")]
    [InlineData("Il est arrivé vers 12 h 30 locales.", "vers 12 h 30 locales", "T12:30")]
    [InlineData("Il est arrivé hier matin.", "hier matin", "2023-09-16TMO")]
    [InlineData("Une fillette s'est noyée mardi soir.", "mardi soir", "2023-09-12TEV")]
    [InlineData("Ils ont tiré dimanche après-midi.", "dimanche après-midi", "2023-09-17TAF")]
    [InlineData("Le CICV sur Arte ce soir.", "ce soir", "2023-09-17TEV")]
    [InlineData("Demain soir à 8 heures, le spectacle commence.", "Demain soir à 8 heures", "2023-09-18T20:00")]
    public void Times(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Fact]
    public void A_time_alone_falls_on_the_day_the_text_talks_about()
    {
        var found = FindDates("Le comité organise dimanche 29 août un rallye. Départ à 9 h place de la Gare.", new DateOnly(1999, 8, 10));
        Assert.Equal([("dimanche 29 août", "1999-08-29"), ("9 h", "1999-08-29T09:00")], found);
    }

    [Fact]
    public void A_time_before_its_day_in_the_same_sentence_takes_that_day()
    {
        var found = FindDates("Vers 0 h 40, jeudi, deux voitures se sont heurtées.", new DateOnly(2003, 2, 22));
        Assert.Equal([("Vers 0 h 40", "2003-02-20T00:40"), ("jeudi", "2003-02-20")], found);
    }

    [Fact]
    public void A_time_after_vers_or_a_comma_is_its_own_mention()
    {
        Assert.Equal([("mardi", "2023-09-12"), ("vers 21 h 45", "2023-09-12T21:45")], FindDates("Il a été transporté mardi vers 21 h 45.", Sunday));
        Assert.Equal([("Samedi 4 janvier", "2003-01-04"), ("18 h 30", "2003-01-04T18:30")], FindDates("Samedi 4 janvier, à 18 h 30 : messe.", new DateOnly(2003, 1, 4)));
    }

    [Theory]
    [InlineData("De 18 h à 23 h, thé dansant.", "De 18 h à 23 h", "(T18,T23,PT5H)")]
    [InlineData("Entre 12 h et 14 h, la mairie est fermée.", "Entre 12 h et 14 h", "(T12,T14,PT2H)")]
    [InlineData("Les inscriptions, de 13 h 30 à 15 h 30.", "de 13 h 30 à 15 h 30", "(T13:30,T15:30,PT2H)")]
    public void A_range_of_hours_is_one_range(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Theory]
    [InlineData("L'ambiance ces derniers jours était fervente.", "ces derniers jours", "PAST_REF")]
    [InlineData("Il a récemment changé d'avis.", "récemment", "PAST_REF")]
    [InlineData("Il faudra à l'avenir être prudent.", "à l'avenir", "FUTURE_REF")]
    [InlineData("Il est actuellement à Moscou.", "actuellement", "PRESENT_REF")]
    [InlineData("La violence n'est désormais plus de mise.", "désormais", "PRESENT_REF")]
    [InlineData("Aujourd'hui, la ville a changé d'ambiance.", "Aujourd'hui", "PRESENT_REF")]
    [InlineData("Elles auront lieu le deuxième jeudi de chaque mois.", "chaque mois", "P1M")]
    public void Vague_references(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Fact]
    public void A_fronted_aujourdhui_before_a_clock_time_is_the_day()
    {
        Assert.Equal([("Aujourd'hui", "2023-09-17"), ("15 h", "2023-09-17T15:00")], FindDates("Aujourd'hui, à 15 h, conférence de presse.", Sunday));
    }

    [Theory]
    [InlineData("Je suis revenu il y a deux ans.", "il y a deux ans", "2021")]
    [InlineData("Il est parti il y a 3 jours.", "il y a 3 jours", "2023-09-14")]
    [InlineData("Il reviendra dans trois semaines.", "dans trois semaines", "2023-W40")]
    [InlineData("Il y a à peu près un mois, il est parti.", "Il y a à peu près un mois", "2023-08")]
    [InlineData("Il est arrivé il y a environ deux ans.", "il y a environ deux ans", "2021")]
    public void Offsets_from_the_publication_date(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, Sunday));

    [Fact]
    public void Coordinated_days_share_the_month_of_the_date_after_them()
    {
        var found = FindDates("Les élections auront lieu les 6 et 13 avril prochains.", new DateOnly(2003, 2, 24));
        Assert.Equal([("6", "2003-04-06"), ("13 avril prochains", "2003-04-13")], found);
    }

    [Theory]
    [InlineData("Il est arrivé mercredi.", "mercredi", "XXXX-WXX-3")]
    [InlineData("Il est arrivé le 13 septembre.", "13 septembre", "XXXX-09-13")]
    [InlineData("Il est arrivé en avril.", "avril", "XXXX-04")]
    [InlineData("Il est arrivé le 13 septembre 2023.", "13 septembre 2023", "2023-09-13")]
    [InlineData("Aucun accord cette semaine.", "cette semaine", "XXXX-WXX")]
    [InlineData("Il est arrivé hier.", "hier", "XXXX-XX-XX")]
    [InlineData("Il arrive mardi à 15 heures.", "mardi à 15 heures", "XXXX-WXX-2T15:00")]
    [InlineData("Rendez-vous à 17 h.", "17 h", "T17")]
    [InlineData("La croissance au troisième trimestre.", "troisième trimestre", "XXXX-Q3")]
    [InlineData("Il viendra cet été.", "cet été", "XXXX-SU")]
    [InlineData("Il a récemment changé d'avis.", "récemment", "PAST_REF")]
    public void Without_a_reference_date_values_stay_partial(string text, string span, string timex) =>
        Assert.Equal((span, timex), Single(text, null));

    [Fact]
    public void The_extractor_reports_dates_with_their_value()
    {
        var result = EntityExtractor.Default.Extract("Kim Jong Un a quitté hier Vladivostok.", new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 18) });
        var date = Assert.Single(result.Entities, e => e.Kind == EntityKind.Date);
        Assert.Equal(("hier", new DateValue("2023-09-17") { Type = DateValueType.Date }), (date.Text, date.Value));
    }
}
