using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Where a word's place reading is not the one the text means, and where a place's span takes more than the
/// gazetteer's name: a demonstrative pronoun ("Celle-ci", "Celui-là") is no town glued to a word; an ordinal
/// district ("le 3e arrondissement de Lyon", "le XVe arrondissement") keeps its ordinal, which is no Number; an
/// appeal court or a town hall named by its seat ("la cour d'appel de Paris", "la mairie de Lyon") is one
/// organisation; an unknown word after "relatives à", "une allergie à" is no town; an imperative after a list
/// item's dash ("- Gardez cette notice") is no town either.
/// </summary>
public sealed class PlaceReadingProperties
{
    private static readonly EntityExtractor Everything = new EntityExtractorBuilder().Build();

    private static readonly string[] Cities = ["Paris", "Lyon", "Marseille"];

    [Property(MaxTest = 60)]
    public Property A_demonstrative_pronoun_is_no_place()
    {
        var cases =
            from pronoun in Gen.Elements("Celle-ci", "Celui-ci", "Celle-là", "Celui-là", "Ceux-ci", "Celles-ci")
            from rest in Gen.Elements(" a été de 7 millions de dollars.", " reste fermée au public.", " a refusé de répondre.")
            select pronoun + rest;

        return Prop.ForAll(cases.ToArbitrary(), text =>
        {
            var names = Everything.Extract(text).Entities.Where(e => e.Kind is EntityKind.Location or EntityKind.Person or EntityKind.Organization).ToArray();
            return (names.Length == 0).Label($"'{text}' gave {string.Join(" | ", names.Select(e => $"{e.Kind}:{e.Text}"))}");
        });
    }

    [Property(MaxTest = 150)]
    public Property An_ordinal_district_is_one_location_with_its_ordinal()
    {
        var cases =
            from ordinal in Gen.Elements("1er", "2e", "3e", "11e", "16e", "XVe", "IIIe", "Ve", "20ème")
            from city in Gen.Elements(Cities)
            from named in Gen.Elements(true, false)
            select (district: ordinal + " arrondissement" + (named ? " de " + city : string.Empty), city);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Le bureau de vote du {c.district} a fermé à 20 h.";
            var entities = Everything.Extract(text).Entities;
            var district = entities.Where(e => e.Kind == EntityKind.Location).Select(e => e.Text).ToArray();
            var numbers = entities.Where(e => e.Kind == EntityKind.Number).Select(e => e.Text).ToArray();
            return (district.SequenceEqual([c.district]) && numbers.Length == 0)
                .Label($"'{text}' gave Location [{string.Join(" | ", district)}], Number [{string.Join(" | ", numbers)}]");
        });
    }

    [Property(MaxTest = 40)]
    public Property An_article_before_a_district_noun_is_no_ordinal()
    {
        var cases = Gen.Elements("le secteur", "ce secteur", "le district", "de circonscription");
        return Prop.ForAll(cases.ToArbitrary(), phrase =>
        {
            var text = $"Les patients arrivent dans {phrase} chirurgical.";
            var locations = Everything.Extract(text).Entities.Where(e => e.Kind == EntityKind.Location).Select(e => e.Text).ToArray();
            return (locations.Length == 0).Label($"'{text}' gave {string.Join(" | ", locations)}");
        });
    }

    [Property(MaxTest = 60)]
    public Property An_appeal_court_or_a_town_hall_named_by_its_seat_is_one_organisation()
    {
        var cases =
            from institution in Gen.Elements("mairie de", "cour d'appel de", "cour d'assises de")
            from city in Gen.Elements(Cities)
            select $"{institution} {city}";

        return Prop.ForAll(cases.ToArbitrary(), institution =>
        {
            var text = $"Le dossier a été transmis à la {institution} mardi.";
            var names = Names(text);
            return names.SequenceEqual([$"Organization:{institution}"]).Label($"'{text}' gave {string.Join(" | ", names)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property An_unknown_word_after_a_relation_words_a_is_no_place()
    {
        var cases =
            from relation in Gen.Elements("Les informations relatives à", "Une allergie à", "Une hypersensibilité à", "Une résistance à", "Grâce à")
            from name in FrenchNewsNer.Tests.News.NewsGenerators.Surname()
            select $"{relation} {name} sont rares chez l'adulte.";

        return Prop.ForAll(cases.ToArbitrary(), text =>
        {
            var names = Names(text);
            return names.All(n => !n.StartsWith("Location:", StringComparison.Ordinal)).Label($"'{text}' gave {string.Join(" | ", names)}");
        });
    }

    [Property(MaxTest = 30)]
    public Property An_imperative_after_a_list_dash_is_no_place()
    {
        var cases = Gen.Elements("- Gardez cette notice.", "- Conservez cette notice.", "– Prenez ce médicament le matin.", "• Lisez attentivement cette notice.");
        return Prop.ForAll(cases.ToArbitrary(), text =>
        {
            var names = Names(text);
            return (names.Length == 0).Label($"'{text}' gave {string.Join(" | ", names)}");
        });
    }

    private static string[] Names(string text) =>
        Everything.Extract(text).Entities.Where(e => e.Kind is EntityKind.Location or EntityKind.Person or EntityKind.Organization)
            .Select(e => $"{e.Kind}:{e.Text}").ToArray();
}
