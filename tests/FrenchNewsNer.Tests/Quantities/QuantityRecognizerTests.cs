using static FrenchNewsNer.QuantityDimension;
using static FrenchNewsNer.Tests.Quantities.QuantityTestSupport;

namespace FrenchNewsNer.Tests.Quantities;

public sealed class QuantityRecognizerTests
{
    // Each text holds exactly one quantity: its span, number, unit, dimension, SI value and approximate flag.
    [Theory]
    // The seed articles (sentences kept whole; the hedge stays outside the span).
    [InlineData("La distance (...) est d'environ 250 kilomètres\", a indiqué de son côté TASS.", "250 kilomètres", 250, "km", Length, 250000, true)]
    [InlineData("sur le cosmodrome de Vostotchny, à près de 8.000 kilomètres à l'est de Moscou.", "8.000 kilomètres", 8000, "km", Length, 8000000, true)]
    [InlineData("à 8\u00A0000 km de Moscou", "8\u00A0000 km", 8000, "km", Length, 8000000, false)]
    [InlineData("à 8\u202F000 km de Moscou", "8\u202F000 km", 8000, "km", Length, 8000000, false)]
    [InlineData("à 8 000 km de Moscou", "8 000 km", 8000, "km", Length, 8000000, false)]
    // Length: symbols and words, singular and plural, glued.
    [InlineData("un trajet de 250km", "250km", 250, "km", Length, 250000, false)]
    [InlineData("un tronçon de 2,5-km de l'autoroute", "2,5-km", 2.5, "km", Length, 2500, false)]
    [InlineData("le 100 m haies", "100 m", 100, "m", Length, 100, false)]
    [InlineData("un mur de 3 mètres", "3 mètres", 3, "m", Length, 3, false)]
    [InlineData("1 kilomètre plus loin", "1 kilomètre", 1, "km", Length, 1000, false)]
    [InlineData("une lame de 40 centimètres", "40 centimètres", 40, "cm", Length, 0.4, false)]
    [InlineData("un calibre de 7,62mm", "7,62mm", 7.62, "mm", Length, 0.00762, false)]
    [InlineData("à 200 milles des côtes", "200 milles", 200, "mi", Length, 321868.8, false)]
    [InlineData("à 200 milles nautiques des côtes", "200 milles nautiques", 200, "nmi", Length, 370400, false)]
    [InlineData("un lac de 6 pieds de profondeur", "6 pieds", 6, "ft", Length, 1.8288, false)]
    [InlineData("une épaisseur de 3 pouces", "3 pouces", 3, "in", Length, 0.0762, false)]
    [InlineData("un ovale de 1/4 kilomètre", "1/4 kilomètre", 0.25, "km", Length, 250, false)]
    [InlineData("il faut 10 1/2 miles de câble", "10 1/2 miles", 10.5, "mi", Length, 16898.112, false)]
    [InlineData("L'angle fait 0.8rad", "0.8rad", 0.8, "rad", Other, 0.8, false)]
    // Mass.
    [InlineData("12 tonnes de munitions", "12 tonnes", 12, "t", Mass, 12000, false)]
    [InlineData("une charge de 5 t", "5 t", 5, "t", Mass, 5000, false)]
    [InlineData("16.000,00 tonnes métriques de psyllium", "16.000,00 tonnes métriques", 16000, "t", Mass, 16000000, false)]
    [InlineData("un colis de 3 kg", "3 kg", 3, "kg", Mass, 3, false)]
    [InlineData("500 grammes de riz", "500 grammes", 500, "g", Mass, 0.5, false)]
    [InlineData("Le poids est de 150 microgrammes", "150 microgrammes", 150, "µg", Mass, 1.5e-7, false)]
    [InlineData("Le poids est de 120 ug", "120 ug", 120, "µg", Mass, 1.2e-7, false)]
    [InlineData("elle a arrêté de déjeuner pour laisser tomber 25 livres.", "25 livres", 25, "lb", Mass, 11.33980925, false)]
    [InlineData("Une tonne métrique est égale à 2.204,62 livres d'après la table", "2.204,62 livres", 2204.62, "lb", Mass, 999.998810749, false)]
    // Area.
    [InlineData("un domaine de 45 hectares", "45 hectares", 45, "ha", Area, 450000, false)]
    [InlineData("une zone de 190 km2", "190 km2", 190, "km2", Area, 190000000, false)]
    [InlineData("une zone de 190 km²", "190 km²", 190, "km2", Area, 190000000, false)]
    [InlineData("à 660 mètres carrés par famille", "660 mètres carrés", 660, "m2", Area, 660, false)]
    [InlineData("un appartement de 45 m²", "45 m²", 45, "m2", Area, 45, false)]
    [InlineData("une ferme de 45 acres", "45 acres", 45, "acre", Area, 182108.539008, false)]
    // Volume.
    [InlineData("75 litre", "75 litre", 75, "l", Volume, 0.075, false)]
    [InlineData("un réservoir de 75 L", "75 L", 75, "l", Volume, 0.075, false)]
    [InlineData("un flacon de 75ml", "75ml", 75, "ml", Volume, 7.5e-5, false)]
    [InlineData("un bassin de 20 m3", "20 m3", 20, "m3", Volume, 20, false)]
    [InlineData("un bassin de 20 mètres cubes", "20 mètres cubes", 20, "m3", Volume, 20, false)]
    [InlineData("la production a chuté de 500000 barils par jour", "500000 barils", 500000, "bbl", Volume, 79493.647464, false)]
    [InlineData("un refroidisseur de 10 gallons", "10 gallons", 10, "gal", Volume, 0.03785411784, false)]
    // Speed.
    [InlineData("roulait à 130 km/h sur l'autoroute", "130 km/h", 130, "km/h", Speed, 130 / 3.6, false)]
    [InlineData("des rafales de 90 kilomètres à l'heure", "90 kilomètres à l'heure", 90, "km/h", Speed, 25, false)]
    [InlineData("filait à 20 nœuds", "20 nœuds", 20, "kn", Speed, 20 * 1852 / 3600.0, false)]
    [InlineData("peut rouler à 188 miles a l'heure", "188 miles a l'heure", 188, "mph", Speed, 84.04352, false)]
    [InlineData("un vent de 10 m/s", "10 m/s", 10, "m/s", Speed, 10, false)]
    // Duration.
    [InlineData("Il a été retenu pendant 72 heures", "72 heures", 72, "h", Duration, 259200, false)]
    [InlineData("un blackout de 72h", "72h", 72, "h", Duration, 259200, false)]
    [InlineData("en 45 minutes de route", "45 minutes", 45, "min", Duration, 2700, false)]
    [InlineData("un délai de 30 secondes", "30 secondes", 30, "s", Duration, 30, false)]
    [InlineData("depuis 10 ans", "10 ans", 10, "yr", Duration, 315576000, false)]
    [InlineData("il y a 70 ans", "70 ans", 70, "yr", Duration, 70 * 31557600.0, false)]
    [InlineData("une peine de 15 ans", "15 ans", 15, "yr", Duration, 15 * 31557600.0, false)]
    [InlineData("condamné à 10 ans de prison", "10 ans", 10, "yr", Duration, 315576000, false)]
    [InlineData("il a passé 3 semaines à Moscou", "3 semaines", 3, "wk", Duration, 1814400, false)]
    [InlineData("les négociations ont duré 6 mois", "6 mois", 6, "mo", Duration, 15778800, false)]
    [InlineData("la visite de 6 jours en Russie", "6 jours", 6, "d", Duration, 518400, false)]
    [InlineData("Il est reparti 2 heures et 20 minutes plus tard", "2 heures et 20 minutes", 140, "min", Duration, 8400, false)]
    [InlineData("un vol de 3 heures 15 minutes", "3 heures 15 minutes", 195, "min", Duration, 11700, false)]
    [InlineData("il y a 1 an et demi", "1 an et demi", 1.5, "yr", Duration, 1.5 * 31557600, false)]
    // Age.
    [InlineData("Kim, 39 ans, a été reçu au Kremlin.", "39 ans", 39, "yr", Age, 39, false)]
    [InlineData("un homme âgé de 82 ans", "82 ans", 82, "yr", Age, 82, false)]
    [InlineData("une femme de 45 ans", "45 ans", 45, "yr", Age, 45, false)]
    [InlineData("J'ai seulement 29 ans!", "29 ans", 29, "yr", Age, 29, false)]
    [InlineData("La Grande Muraille a plus de 500 ans", "500 ans", 500, "yr", Age, 500, true)]
    [InlineData("un bébé de 10 mois", "10 mois", 10, "mo", Age, 10 / 12.0, false)]
    [InlineData("à l'âge de 6 semaines, on peut déjà fêter Noël", "6 semaines", 6, "wk", Age, 42 / 365.25, false)]
    [InlineData("50 patients diagnostiqués vers 18 mois d'âge", "18 mois d'âge", 18, "mo", Age, 1.5, false)]
    [InlineData("Un 90 jour la vieille facture", "90 jour", 90, "d", Age, 90 / 365.25, false)]
    // Temperature.
    [InlineData("il faisait 14°C à Vladivostok", "14°C", 14, "°C", Temperature, 287.15, false)]
    [InlineData("il faisait -5 °C ce matin", "-5 °C", -5, "°C", Temperature, 268.15, false)]
    [InlineData("une fièvre à 98,6 degrés Fahrenheit", "98,6 degrés Fahrenheit", 98.6, "°F", Temperature, 310.15, false)]
    [InlineData("il fera 35 degrés demain", "35 degrés", 35, "°C", Temperature, 308.15, false)]
    [InlineData("Convertir 106 Kelvin", "106 Kelvin", 106, "K", Temperature, 106, false)]
    [InlineData("la température est de 4000000 de degrés", "4000000 de degrés", 4000000, "°C", Temperature, 4000273.15, false)]
    [InlineData("comment convertir - 20 degrés fahrenheit en celsius", "- 20 degrés fahrenheit", -20, "°F", Temperature, 244.26111111111112, false)]
    // Angles.
    [InlineData("tourner à gauche à 45 degrés", "45 degrés", 45, "°", Other, Math.PI / 4, false)]
    [InlineData("faire 3 tours", "3 tours", 3, "tr", Other, 6 * Math.PI, false)]
    // Percentages.
    [InlineData("une croissance de 3,7 % au troisième trimestre", "3,7 %", 3.7, "%", Percentage, 3.7, false)]
    [InlineData("une croissance de 3,7 pour cent", "3,7 pour cent", 3.7, "%", Percentage, 3.7, false)]
    [InlineData("une hausse de 25% cette année", "25%", 25, "%", Percentage, 25, false)]
    [InlineData("une baisse de -0,3 %", "-0,3 %", -0.3, "%", Percentage, -0.3, false)]
    [InlineData("100 pour-cent", "100 pour-cent", 100, "%", Percentage, 100, false)]
    [InlineData("4,800%", "4,800%", 4.8, "%", Percentage, 4.8, false)]
    [InlineData("10 pourcents", "10 pourcents", 10, "%", Percentage, 10, false)]
    // Currencies after the number.
    [InlineData("un contrat de 20 € par mois", "20 €", 20, "EUR", Currency, 20, false)]
    [InlineData("une amende de 300 euros", "300 euros", 300, "EUR", Currency, 300, false)]
    [InlineData("payé 94.000 $ comptant", "94.000 $", 94000, "USD", Currency, 94000, false)]
    [InlineData("un prêt de 500 dollars américains", "500 dollars américains", 500, "USD", Currency, 500, false)]
    [InlineData("une prime de 300 roubles", "300 roubles", 300, "RUB", Currency, 300, false)]
    [InlineData("5000 wons par personne", "5000 wons", 5000, "KRW", Currency, 5000, false)]
    [InlineData("Inclusion de 450000 yens par ministre", "450000 yens", 450000, "JPY", Currency, 450000, false)]
    [InlineData("50 yuans le kilo", "50 yuans", 50, "CNY", Currency, 50, false)]
    [InlineData("10 livres sterling", "10 livres sterling", 10, "GBP", Currency, 10, false)]
    [InlineData("1000 francs CFA", "1000 francs CFA", 1000, "XOF", Currency, 1000, false)]
    [InlineData("une amende de 10000 francs suisses", "10000 francs suisses", 10000, "CHF", Currency, 10000, false)]
    [InlineData("pour 420 mark finlandais", "420 mark finlandais", 420, "FIM", Currency, 420, false)]
    [InlineData("Je veux un crédit de 1000 EUR par an", "1000 EUR", 1000, "EUR", Currency, 1000, false)]
    [InlineData("en baisse de 34 cents", "34 cents", 34, "EUR", Currency, 0.34, false)]
    [InlineData("une offre de 470 pence par action", "470 pence", 470, "GBP", Currency, 4.7, false)]
    [InlineData("ça ne coûte que 15 dollars et 15 cents.", "15 dollars et 15 cents", 15.15, "USD", Currency, 15.15, false)]
    [InlineData("ça ne coûte que 15 dollars 50.", "15 dollars 50", 15.5, "USD", Currency, 15.5, false)]
    [InlineData("un budget de 5 M€", "5 M€", 5000000, "EUR", Currency, 5000000, false)]
    [InlineData("16,4 millions de $ c", "16,4 millions de $ c", 16400000, "CAD", Currency, 16400000, false)]
    [InlineData("48,2 millions $ pour l'armée", "48,2 millions $", 48200000, "USD", Currency, 48200000, false)]
    [InlineData("2,3 milliards d'euros", "2,3 milliards d'euros", 2300000000, "EUR", Currency, 2300000000, false)]
    [InlineData("12 millions de dollars", "12 millions de dollars", 12000000, "USD", Currency, 12000000, false)]
    [InlineData("361 millions de livres", "361 millions de livres", 361000000, "GBP", Currency, 361000000, false)]
    // Currencies before the number.
    [InlineData("il a payé $5 pour entrer", "$5", 5, "USD", Currency, 5, false)]
    [InlineData("un ticket à € 20", "€ 20", 20, "EUR", Currency, 20, false)]
    [InlineData("un chèque de US$ 3 millions", "US$ 3 millions", 3000000, "USD", Currency, 3000000, false)]
    [InlineData("Je veux un crédit de EUR 1000", "EUR 1000", 1000, "EUR", Currency, 1000, false)]
    [InlineData("évalué à £ 8,10 millions en octobre", "£ 8,10 millions", 8100000, "GBP", Currency, 8100000, false)]
    [InlineData("nzd$15", "nzd$15", 15, "NZD", Currency, 15, false)]
    [InlineData("un accord (approximativement £ 15 millions)", "£ 15 millions", 15000000, "GBP", Currency, 15000000, true)]
    // Hedges: outside the span, approximate.
    [InlineData("environ 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("près de 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("plus de 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("moins de 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("quelque 200 000 tonnes", "200 000 tonnes", 200000, "t", Mass, 200000000, true)]
    [InlineData("au moins 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("jusqu'à 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("presque 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("quasiment 20 km", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("plus d'1 million d'euros", "1 million d'euros", 1000000, "EUR", Currency, 1000000, true)]
    [InlineData("20 km environ", "20 km", 20, "km", Length, 20000, true)]
    [InlineData("pendant près de 72 heures", "72 heures", 72, "h", Duration, 259200, true)]
    // Written forms that need care.
    [InlineData("Il a bouclé le trajet en 3 h 15.", "3 h 15", 195, "min", Duration, 11700, false)]
    [InlineData("bouclé en 3h15 de course", "3h15", 195, "min", Duration, 11700, false)]
    [InlineData("Il fait moins 5 degrés à Moscou.", "moins 5 degrés", -5, "°C", Temperature, 268.15, false)]
    [InlineData("il faisait 35° à l'ombre", "35°", 35, "°C", Temperature, 308.15, false)]
    [InlineData("Il mesure 1 m 85 et pèse plus", "1 m 85", 1.85, "m", Length, 1.85, false)]
    [InlineData("une femme d'une trentaine d'années", "une trentaine d'années", 30, "yr", Age, 30, true)]
    [InlineData("l'aide d'une fausse clé.Dix mille francs avaient disparu", "Dix mille francs", 10000, "FRF", Currency, 10000, false)]
    [InlineData("Une amende de 4,3 Mds€ en 2018", "4,3 Mds€", 4.3e9, "EUR", Currency, 4.3e9, false)]
    [InlineData("la Russie a produit 10,8 millions de barils par jour", "10,8 millions de barils", 10.8e6, "bbl", Volume, 10.8e6 * 0.158987294928, false)]
    public void Reads_one_quantity(string text, string span, double number, string unit, QuantityDimension dimension, double si, bool approximate)
    {
        var found = Find(text);
        var quantity = Assert.Single(found);
        AssertQuantity(quantity, span, number, unit, dimension, si, approximate);
        Assert.Equal(span, text[quantity.Start..quantity.End]);
    }

    // Numbers written in words, read by the shared number parser.
    [Theory]
    [InlineData("Il est reparti deux heures et vingt minutes plus tard", "deux heures et vingt minutes", 140, "min", Duration, 8400, false)]
    [InlineData("Le train a roulé six heures.", "six heures", 6, "h", Duration, 21600, false)]
    [InlineData("une visite de trois jours", "trois jours", 3, "d", Duration, 259200, false)]
    [InlineData("Quand elle avait cinq ans, elle a appris à lire", "cinq ans", 5, "yr", Age, 5, false)]
    [InlineData("un lac de deux pieds de profondeur", "deux pieds", 2, "ft", Length, 0.6096, false)]
    [InlineData("vingt pour cent", "vingt pour cent", 20, "%", Percentage, 20, false)]
    [InlineData("une centaine de kilomètres", "une centaine de kilomètres", 100, "km", Length, 100000, true)]
    [InlineData("cinq millions de yens", "cinq millions de yens", 5000000, "JPY", Currency, 5000000, false)]
    [InlineData("ça ne coûte que treize euros et quarante-cinq cents.", "treize euros et quarante-cinq cents", 13.45, "EUR", Currency, 13.45, false)]
    [InlineData("le bébé était seulement dix mois", "dix mois", 10, "mo", Age, 10 / 12.0, false)]
    [InlineData("pendant une demi-heure", "une demi-heure", 0.5, "h", Duration, 1800, false)]
    [InlineData("faire un demi tour", "un demi tour", 0.5, "tr", Other, Math.PI, false)]
    [InlineData("une offre d'une yen", "une yen", 1, "JPY", Currency, 1, false)]
    [InlineData("cinq des trois-tonnes satellites", "trois-tonnes", 3, "t", Mass, 3000, false)]
    [InlineData("pourcentage de vingt", "pourcentage de vingt", 20, "%", Percentage, 20, false)]
    [InlineData("il y a un an", "un an", 1, "yr", Duration, 31557600, false)]
    public void Reads_numbers_in_words(string text, string span, double number, string unit, QuantityDimension dimension, double si, bool approximate)
    {
        var quantity = Assert.Single(Find(text));
        AssertQuantity(quantity, span, number, unit, dimension, si, approximate);
    }

    // Ranges: the unit of the second number is carried back to the first inside "entre … et …" and
    // "de … à …"; the first number's span is the number alone.
    [Theory]
    [InlineData("entre 10 et 20 km", "10", 10, "20 km", 20, "km", Length, 1000)]
    [InlineData("de 5 à 7 %", "5", 5, "7 %", 7, "%", Percentage, 1)]
    [InlineData("des jeunes de 18 à 25 ans", "18", 18, "25 ans", 25, "yr", Age, 1)]
    [InlineData("entre 2 et 3 milliards d'euros", "2", 2e9, "3 milliards d'euros", 3e9, "EUR", Currency, 1)]
    public void Reads_a_range_as_two_quantities(string text, string firstSpan, double firstNumber, string secondSpan, double secondNumber, string unit, QuantityDimension dimension, double factor)
    {
        var found = Find(text);
        Assert.Equal(2, found.Count);
        AssertQuantity(found[0], firstSpan, firstNumber, unit, dimension, firstNumber * factor, false);
        AssertQuantity(found[1], secondSpan, secondNumber, unit, dimension, secondNumber * factor, false);
    }

    // Outside the two range frames the first number stays a bare number.
    [Theory]
    [InlineData("des murs 8 à 10 pieds de haut", "10 pieds")]
    [InlineData("Il a environ 40 - 50 ans", "50 ans")]
    [InlineData("un objectif 75 - 300mm", "300mm")]
    public void Carries_no_unit_outside_range_frames(string text, string only)
    {
        Assert.Equal(only, Assert.Single(Find(text)).Text);
    }

    [Theory]
    // Names, articles and bare counts.
    [InlineData("Kim Jong Un est arrivé à Vladivostok.")]
    [InlineData("Kim Jong Un, le dirigeant nord-coréen")]
    [InlineData("l'un des dirigeants")]
    [InlineData("un accord militaire entre Moscou et Pyongyang")]
    [InlineData("les deux dirigeants se sont offert un fusil")]
    [InlineData("12 millions d'habitants")]
    [InlineData("cinq drones explosifs")]
    [InlineData("un jour, il reviendra")]
    [InlineData("il a mis un pied dans la porte")]
    [InlineData("une tonne de questions")]
    [InlineData("Angela Merkel lui a offert trois livres anciens.")]
    [InlineData("il a publié deux livres de recettes")]
    // Times and dates belong to the Date recogniser.
    [InlineData("à 14h30")]
    [InlineData("Le sommet commence à 17 h.")]
    [InlineData("vers 8 heures du matin")]
    [InlineData("le 17 heures 30 de la gare")]
    [InlineData("le 13/09/2023")]
    [InlineData("le 8 mars")]
    [InlineData("le 1.5.2023 au soir")]
    // Model names, codes, abbreviations.
    [InlineData("le G8 se réunit")]
    [InlineData("des drones de type +Geran-25+")]
    [InlineData("la gare d'Artiom-Primorsky-1")]
    [InlineData("un A380 d'Airbus")]
    [InlineData("des Su-35 et des MiG-29")]
    [InlineData("M. Kim a parlé")]
    [InlineData("le 3 M. Kim")]
    [InlineData("vous pouvez aller à https://www.test.com/search?q=30%25%2020%")]
    [InlineData("issn%280024%2D9114%29%20and%20%28ti")]
    [InlineData("tél. 06 12 34 56 78")]
    // A turn needs turning; "k" is a scale, not kelvin.
    [InlineData("les 2 tours de l'élection")]
    [InlineData("200 k")]
    // A bare degree sign before a noun is an ordinal; "º" alone always is.
    [InlineData("du côté des spartakistes ;2° Un centre, les indépendants")]
    [InlineData("pour féliciter M. Deucher du 25° anniversaire de son entrée")]
    [InlineData("comprend :1º La culture générale ;2º L'arboriculture fruitière")]
    // More clock times: a capital A is "à", "du soir", the listings' "9 h.", "il est".
    [InlineData("A 20 h, deux nouvelles rames sont arrivées")]
    [InlineData("Il est cinq heures du soir et le courrier n'est pas là")]
    [InlineData("VARIETÉS, 8 h. 30, Topaze. CARICATURE 9 h., Paris-Mélodies")]
    [InlineData("Il est 17 heures à Moscou")]
    [InlineData("Le 21, à 1 heure après minuit, un incendie a éclaté")]
    // A percentage word before a number only when the number closes the clause.
    [InlineData("un pourcentage de deux chiffres")]
    public void Finds_no_quantity(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Proposes_no_overlapping_spans()
    {
        const string text = "Entre 10 et 20 km, puis 2 heures et 20 minutes, 15 dollars et 15 cents, $5, de 5 à 7 %, 3,7 pour cent, "
            + "Kim, 39 ans, à l'âge de 6 semaines, 16,4 millions de $ c, -5 °C, 250km/h.";
        var found = Find(text);
        Assert.True(found.Count >= 10, string.Join(" | ", found.Select(f => f.Text)));
        for (var i = 1; i < found.Count; i++)
        {
            Assert.True(found[i - 1].End <= found[i].Start, $"'{found[i - 1].Text}' overlaps '{found[i].Text}'");
        }
    }

    [Fact]
    public void Skips_nothing_when_quantity_is_not_wanted()
    {
        var output = new List<FrenchNewsNer.Pipeline.Candidate>();
        new FrenchNewsNer.Quantities.QuantityRecognizer(FrenchNewsNer.Numbers.FrenchNumberParser.Standard)
            .Recognize(FrenchNewsNer.Text.Document.Create("250 km"), new FrenchNewsNer.Pipeline.RecognitionContext(null, EntityKindSet.Of(EntityKind.Person)), output);
        Assert.Empty(output);
    }

    [Fact]
    public void The_default_extractor_reports_the_seed_quantities()
    {
        const string text = "La distance (...) est d'environ 250 kilomètres\", a indiqué de son côté TASS. "
            + "Le cosmodrome de Vostotchny, à près de 8.000 kilomètres à l'est de Moscou.";
        var quantities = EntityExtractor.Default.Extract(text).Entities.Where(e => e.Kind == EntityKind.Quantity).ToList();
        Assert.Equal(["250 kilomètres", "8.000 kilomètres"], quantities.Select(e => e.Text));
        Assert.All(quantities, e => Assert.True(((QuantityValue)e.Value!).Approximate));
        Assert.Equal(new QuantityValue(8000, "km", Length, 8000000, true), quantities[1].Value);
    }
}
