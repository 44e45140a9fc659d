namespace FrenchNewsNer.Tests.Gifts;

/// <summary>Checks of a generated gift sentence against the gold known by construction.</summary>
internal static class GiftAssertions
{
    /// <summary>
    /// Extracts with the generated persons added to the gazetteers: the invented surnames are the names
    /// recognisers' concern, not the gift stage's, so the gold is known by construction either way.
    /// </summary>
    public static ExtractionResult Extract(string text, EntityKindSet? kinds = null, params string[] persons)
    {
        var extractor = EntityExtractor.Default;
        if (persons.Length > 0)
        {
            var builder = new EntityExtractorBuilder();
            foreach (var person in persons)
            {
                builder.AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, person));
            }

            extractor = builder.Build();
        }

        return extractor.Extract(text, kinds is null ? null : new ExtractionOptions { Kinds = kinds.Value });
    }

    /// <summary>Extracts with the case's giver and recipient known as persons.</summary>
    public static ExtractionResult Extract(string text, GiftCase c, EntityKindSet? kinds = null) => Extract(text, kinds, c.Giver, c.Recipient);

    /// <summary>One gift event with exactly these items (texts and values), this giver and this recipient.</summary>
    public static GiftEvent Gift(ExtractionResult result, string[] items, string? giver, string? recipient, bool mutual = false, string[]? values = null)
    {
        var gift = Assert.Single(result.Gifts);
        Assert.Equal(items, gift.Items.Select(i => i.Text).ToArray());
        if (values is not null)
        {
            Assert.Equal(values, gift.Items.Select(i => ((GiftValue)i.Value!).Item).ToArray());
        }

        if (mutual)
        {
            // An exchange has no direction: either party may be read as the giver.
            Assert.Equal(new[] { giver, recipient }.Order(), new[] { gift.Giver, gift.Recipient }.Order());
        }
        else
        {
            Assert.Equal(giver, gift.Giver);
            Assert.Equal(recipient, gift.Recipient);
        }
        Assert.Equal(mutual, gift.Mutual);
        if (giver is not null)
        {
            Assert.NotNull(gift.GiverMention);
        }

        if (recipient is not null)
        {
            Assert.NotNull(gift.RecipientMention);
        }

        return gift;
    }

    /// <summary>No gift event and no Gift entity.</summary>
    public static void NoGift(ExtractionResult result)
    {
        Assert.Empty(result.Gifts);
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Gift);
    }
}
