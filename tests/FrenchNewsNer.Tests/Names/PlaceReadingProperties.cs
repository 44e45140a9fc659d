using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Where a word's place reading is not the one the text means, and where a place's span takes more than the
/// gazetteer's name: a demonstrative pronoun ("Celle-ci", "Celui-là") is no town glued to a word; an ordinal
/// district ("le 3e arrondissement de Lyon", "le XVe arrondissement") keeps its ordinal, which is no Number.
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
}
