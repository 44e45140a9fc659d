using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static FrenchNewsNer.Tests.Gifts.GiftAssertions;
using static FrenchNewsNer.Tests.Gifts.GiftSentenceGenerators;

namespace FrenchNewsNer.Tests.Gifts;

/// <summary>
/// Each gift construction over generated sentences: who gave what to whom is known by construction,
/// whatever the names, items, counts, modifiers, tenses and word orders drawn.
/// </summary>
public class GiftConstructionProperties
{
    [Property]
    public Property Indirect_object_before_the_items() =>
        Prop.ForAll((from c in Case() from verb in Offered() select (c, verb)).ToArbitrary(), x =>
        {
            var (c, verb) = x;
            Gift(Extract($"{c.Giver} {verb} à {c.Recipient} {c.ItemList}.", c), c.Items, c.Giver, c.Recipient, values: c.ItemValues);
        });

    [Property]
    public Property Items_before_the_recipient() =>
        Prop.ForAll((from c in Case() from verb in Offered() select (c, verb)).ToArbitrary(), x =>
        {
            var (c, verb) = x;
            Gift(Extract($"Lors de sa visite, {c.Giver} {verb} {c.ItemList} à {c.Recipient}.", c), c.Items, c.Giver, c.Recipient, values: c.ItemValues);
        });

    [Property]
    public Property Received_from_before_the_items() =>
        Prop.ForAll(Case().ToArbitrary(), c =>
            Gift(Extract($"{c.Recipient} a reçu de {c.Giver} {c.ItemList}.", c), c.Items, c.Giver, c.Recipient));

    [Property]
    public Property Received_on_behalf_of() =>
        Prop.ForAll(Case().ToArbitrary(), c =>
            Gift(Extract($"{c.Recipient} a reçu {c.ItemList} de la part de {c.Giver}.", c), c.Items, c.Giver, c.Recipient));

    [Property]
    public Property Handed_to_the_counterpart() =>
        Prop.ForAll(Case().ToArbitrary(), c =>
        {
            var text = $"{c.Giver} a rencontré {c.Recipient} à Paris. {c.Giver} a remis à son homologue {c.ItemList} en cadeau.";
            var gift = Gift(Extract(text, c), c.Items, c.Giver, c.Recipient);
            Assert.Equal("homologue", gift.RecipientMention!.Value.Of(text));
        });

    [Property]
    public Property Clitic_recipient_is_the_other_party() =>
        Prop.ForAll((from c in Case() from back in Gen.Elements("en retour ", string.Empty) select (c, back)).ToArbitrary(), x =>
        {
            var (c, back) = x;
            var text = $"{c.Recipient} s'est rendu chez {c.Giver} mardi. {c.Giver} lui a offert {back}{c.ItemList}.";
            Gift(Extract(text, c), c.Items, c.Giver, c.Recipient);
        });

    [Property]
    public Property Passive_with_agent_and_civility() =>
        Prop.ForAll((from c in Case(maxItems: 1) from civility in Gen.Elements("Mme", "M.") select (c, civility)).ToArbitrary(), x =>
        {
            var (c, civility) = x;
            var item = c.Items[0];
            var participle = item.StartsWith("une ", StringComparison.Ordinal) ? "offerte" : item.StartsWith("un ", StringComparison.Ordinal) ? "offert" : "offerts";
            var auxiliary = item.StartsWith("un", StringComparison.Ordinal) ? "a été" : "ont été";
            var text = $"Selon la presse, {item} {auxiliary} {participle} par {c.Giver} à {civility} {c.Recipient}.";
            Gift(Extract(text, c), c.Items, c.Giver, c.Recipient);
        });

    [Property]
    public Property Nominal_gift_of_X_to_Y() =>
        Prop.ForAll(Case().ToArbitrary(), c =>
            Gift(Extract($"Le cadeau de {c.Giver} à {c.Recipient} : {c.ItemList}.", c), c.Items, c.Giver, c.Recipient));

    [Property]
    public Property Exchange_is_mutual() =>
        Prop.ForAll((from c in Case() from verb in Gen.Elements("ont échangé", "se sont offert", "avaient échangé") select (c, verb)).ToArbitrary(), x =>
        {
            var (c, verb) = x;
            Gift(Extract($"{c.Giver} et {c.Recipient} {verb} des cadeaux.", c), ["des cadeaux"], c.Giver, c.Recipient, mutual: true);
        });

    [Property]
    public Property List_after_a_colon_or_a_relative_clause() =>
        Prop.ForAll((from c in Case() from form in Gen.Elements("plusieurs cadeaux :", "des cadeaux, qui comprenaient", "des présents, parmi lesquels figuraient") select (c, form)).ToArbitrary(), x =>
        {
            var (c, form) = x;
            Gift(Extract($"{c.Giver} a offert à {c.Recipient} {form} {c.ItemList}.", c), c.Items, c.Giver, c.Recipient);
        });

    [Property]
    public Property Gift_told_over_two_sentences() =>
        Prop.ForAll((from c in Case() from item in Gen.Elements("un sabre", "un fusil", "une montre", "un tableau") from noun in Gen.Elements("Ce cadeau", "Ce présent") select (c, item, noun)).ToArbitrary(), x =>
        {
            var (c, item, noun) = x;
            var text = $"{c.Recipient} a reçu {item}. {noun} lui a été remis par {c.Giver} lors de leur rencontre.";
            Gift(Extract(text, c), [item], c.Giver, c.Recipient);
        });

    [Property]
    public Property Countries_and_cities_give_and_receive() =>
        Prop.ForAll((from country in Gen.Elements(Countries) from city in Gen.Elements(Cities) from item in Item() select (country, city, item)).ToArbitrary(), x =>
        {
            var (country, city, item) = x;
            Gift(Extract($"{country.Subject} a offert {item.Text} à la ville de {city}."), [item.Text], country.Name, city, values: [item.Value]);
        });

    [Property]
    public Property A_country_gives_money_to_another() =>
        Prop.ForAll((from giver in Gen.Elements(Countries) from recipient in Gen.Elements(Countries) where giver.Name != recipient.Name from amount in Gen.Elements("500 millions de dollars", "20 millions d'euros", "deux milliards de dollars") from wrapper in Gen.Elements(string.Empty, "une enveloppe de ", "un chèque de ") select (giver, recipient, amount, wrapper)).ToArbitrary(), x =>
        {
            // Digits right after a country make a channel's name ("France 3"): the amounts avoid that ambiguity.
            var (giver, recipient, amount, wrapper) = x;
            var item = wrapper + amount;
            Gift(Extract($"{giver.Subject} a offert {recipient.After} {item}."), [item], giver.Name, recipient.Name);
        });

    [Property]
    public Property Asking_for_gifts_alone_keeps_the_parties() =>
        Prop.ForAll(Case().ToArbitrary(), c =>
        {
            var text = $"{c.Giver} a offert à {c.Recipient} {c.ItemList}.";
            var result = Extract(text, c, EntityKindSet.Of(EntityKind.Gift));
            Gift(result, c.Items, c.Giver, c.Recipient);
            Assert.All(result.Entities, e => Assert.Equal(EntityKind.Gift, e.Kind));
        });

    [Property]
    public Property Exchange_with_a_partner_is_mutual() =>
        Prop.ForAll((from c in Case() from verb in Gen.Elements("a échangé", "avait échangé") from gifts in Gen.Elements("des cadeaux", "des présents") select (c, verb, gifts)).ToArbitrary(), x =>
        {
            var (c, verb, gifts) = x;
            Gift(Extract($"{c.Giver} {verb} {gifts} avec {c.Recipient} lors du sommet.", c), [gifts], c.Giver, c.Recipient, mutual: true);
        });

    [Property]
    public Property An_extractor_built_for_gifts_alone_keeps_the_parties() =>
        Prop.ForAll(Case().ToArbitrary(), c =>
        {
            var extractor = new EntityExtractorBuilder()
                .WithKinds(EntityKindSet.Of(EntityKind.Gift))
                .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, c.Giver))
                .AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, c.Recipient))
                .Build();
            var result = extractor.Extract($"{c.Giver} a offert à {c.Recipient} {c.ItemList}.");
            Gift(result, c.Items, c.Giver, c.Recipient);
            Assert.All(result.Entities, e => Assert.Equal(EntityKind.Gift, e.Kind));
        });

    [Property]
    public Property An_unnamed_recipient_ends_the_items() =>
        Prop.ForAll((from c in Case() from someone in Gen.Elements("un jeune supporter", "une association locale", "ses voisins", "des écoliers") select (c, someone)).ToArbitrary(), x =>
        {
            var (c, someone) = x;
            Gift(Extract($"{c.Giver} a offert {c.ItemList} à {someone}.", c), c.Items, c.Giver, null, values: c.ItemValues);
        });

    [Property]
    public Property A_measure_of_goods_is_an_item() =>
        Prop.ForAll((from giver in Gen.Elements(Countries) from recipient in Gen.Elements(Countries) where giver.Name != recipient.Name from measure in Gen.Elements("vingt tonnes", "500 kilos", "trois tonnes") from goods in Gen.Elements(("médicaments", "médicament"), ("riz", "riz"), ("vaccins", "vaccin")) select (giver, recipient, measure, goods)).ToArbitrary(), x =>
        {
            var (giver, recipient, measure, goods) = x;
            var item = $"{measure} de {goods.Item1}";
            Gift(Extract($"{giver.Subject} a envoyé {item} en cadeau {recipient.After}."), [item], giver.Name, recipient.Name, values: [goods.Item2]);
        });
}
