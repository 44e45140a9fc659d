using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static FrenchNewsNer.Tests.Gifts.GiftAssertions;
using static FrenchNewsNer.Tests.Gifts.GiftSentenceGenerators;

namespace FrenchNewsNer.Tests.Gifts;

/// <summary>
/// Givers and recipients named by a description resolve to the person it refers to in the document, and
/// the mention points at the description's words.
/// </summary>
public class GiftRoleProperties
{
    private static readonly (string Masculine, string Feminine)[] Nationalities =
    [
        ("chinois", "chinoise"), ("japonais", "japonaise"), ("allemand", "allemande"), ("italien", "italienne"), ("brésilien", "brésilienne"), ("canadien", "canadienne"),
    ];

    [Property]
    public Property Role_and_nationality_resolve_to_the_person_introduced_with_them() =>
        Prop.ForAll((from c in Case() from role in Gen.Elements("président", "Premier ministre", "ministre") from n in Gen.Elements(Nationalities) select (c, role, n.Masculine)).ToArbitrary(), x =>
        {
            var (c, role, nationality) = x;
            var text = $"Le {role} {nationality} {c.Giver} est arrivé à Paris. Le {role} {nationality} a offert {c.ItemList} à {c.Recipient}.";
            var gift = Gift(Extract(text, c), c.Items, c.Giver, c.Recipient);
            Assert.Equal($"{role} {nationality}", gift.GiverMention!.Value.Of(text));
        });

    [Property]
    public Property Another_nationality_does_not_resolve_to_that_person() =>
        Prop.ForAll((from c in Case() from known in Gen.Elements(Nationalities) from other in Gen.Elements(Nationalities) where known != other select (c, known, other)).ToArbitrary(), x =>
        {
            var (c, known, other) = x;
            var text = $"Le président {known.Masculine} {c.Giver} a reçu des journalistes. Le président {other.Masculine} a offert {c.ItemList} à {c.Recipient}.";
            Gift(Extract(text, c), c.Items, null, c.Recipient);
        });

    [Property]
    public Property Apposition_links_a_feminine_role() =>
        Prop.ForAll((from c in Case() from role in Gen.Elements("chancelière", "présidente", "ministre") select (c, role)).ToArbitrary(), x =>
        {
            var (c, role) = x;
            var text = $"{c.Giver}, la {role}, a accueilli {c.Recipient} mardi. La {role} lui a offert {c.ItemList}.";
            var gift = Gift(Extract(text, c), c.Items, c.Giver, c.Recipient);
            Assert.Equal(role, gift.GiverMention!.Value.Of(text));
        });

    [Property]
    public Property Host_is_the_other_party_of_the_meeting() =>
        Prop.ForAll((from c in Case() from noun in Gen.Elements("son hôte", "son homologue", "son invité") select (c, noun)).ToArbitrary(), x =>
        {
            var (c, noun) = x;
            var text = $"{c.Recipient} a reçu {c.Giver} à l'Élysée. {c.Giver} a offert à {noun} {c.ItemList}.";
            Gift(Extract(text, c), c.Items, c.Giver, c.Recipient);
        });

    [Property]
    public Property Civility_and_surname_resolve_to_the_full_name() =>
        Prop.ForAll((from c in Case() from civility in Gen.Elements("M.", "Mme") select (c, civility)).ToArbitrary(), x =>
        {
            var (c, civility) = x;
            var surname = c.Giver.Split(' ')[1];
            var text = $"{c.Giver} a rencontré {c.Recipient} lundi. {civility} {surname} a offert {c.ItemList} à {c.Recipient}.";
            Gift(Extract(text, c), c.Items, c.Giver, c.Recipient);
        });

    [Property]
    public Property Unintroduced_description_names_no_one() =>
        Prop.ForAll((from c in Case() from n in Gen.Elements(Nationalities) select (c, n.Masculine)).ToArbitrary(), x =>
        {
            var (c, nationality) = x;
            Gift(Extract($"Le dirigeant {nationality} avait offert {c.ItemList} à {c.Recipient}.", c), c.Items, null, c.Recipient);
        });
}
