using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static FrenchNewsNer.Tests.Gifts.GiftAssertions;
using static FrenchNewsNer.Tests.Gifts.GiftSentenceGenerators;

namespace FrenchNewsNer.Tests.Gifts;

/// <summary>What is no present between two parties gives no gift event and no Gift entity.</summary>
public class NonGiftProperties
{
    [Property]
    public Property Sold_lent_or_rented_is_no_gift() =>
        Prop.ForAll((from c in Case() from verb in Gen.Elements("a vendu", "a prêté", "a loué", "avait vendu", "a cédé") select (c, verb)).ToArbitrary(), x =>
        {
            var (c, verb) = x;
            NoGift(Extract($"{c.Giver} {verb} {c.ItemList} à {c.Recipient}.", c));
        });

    [Property]
    public Property Offering_an_abstract_thing_is_no_gift() =>
        Prop.ForAll((from c in Case() from verb in Offered() from thing in Gen.Elements("une réduction de 20 %", "une chance", "ses services", "sa démission", "un concert", "son soutien", "une seconde chance") select (c, verb, thing)).ToArbitrary(), x =>
        {
            var (c, verb, thing) = x;
            NoGift(Extract($"{c.Giver} {verb} {thing} à {c.Recipient}.", c));
        });

    [Property]
    public Property A_drink_one_gets_bought_is_no_gift() =>
        Prop.ForAll((from c in Case() from treat in Gen.Elements("un verre", "un café", "le dîner", "une tournée") select (c, treat)).ToArbitrary(), x =>
        {
            var (c, treat) = x;
            NoGift(Extract($"{c.Recipient} s'est fait offrir {treat} par {c.Giver} après le match.", c));
        });

    [Property]
    public Property A_prize_won_is_no_gift_unless_someone_gave_it() =>
        Prop.ForAll((from c in Case() from prize in Gen.Elements("le prix du meilleur espoir", "le trophée", "la coupe de France", "le titre") select (c, prize)).ToArbitrary(), x =>
        {
            var (c, prize) = x;
            NoGift(Extract($"{c.Recipient} a reçu {prize} à l'issue de la compétition.", c));
            var given = Extract($"{c.Recipient} a reçu {prize} des mains de {c.Giver}.", c);
            Assert.Single(given.Gifts);
        });

    [Property]
    public Property An_offer_for_a_price_is_no_gift() =>
        Prop.ForAll((from c in Case() from price in Gen.Elements("contre 500 euros", "moyennant 2 millions de dollars") select (c, price)).ToArbitrary(), x =>
        {
            var (c, price) = x;
            NoGift(Extract($"{c.Giver} a offert {c.ItemList} à {c.Recipient} {price}.", c));
        });

    [Property]
    public Property An_offer_as_a_noun_or_a_price_per_unit_is_no_gift() =>
        Prop.ForAll((from c in Case() from n in Gen.Choose(2, 900) from form in Gen.Elements("{0} a présenté une offre de {1} dollars à {2}.", "{0} a offert {1} dollars par action à {2}.", "{0} juge cette offre insuffisante, selon {2}.") select (c, n, form)).ToArbitrary(), x =>
        {
            var (c, n, form) = x;
            NoGift(Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, form, c.Giver, n, c.Recipient), c));
        });
}
