using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Gifts;

/// <summary>Who the subject of a gift verb is.</summary>
internal enum GiftVoice
{
    /// <summary>The subject gives ("offrir", "remettre").</summary>
    Giver,

    /// <summary>The subject receives ("recevoir").</summary>
    Recipient,

    /// <summary>Both sides give ("échanger").</summary>
    Mutual,
}

/// <summary>A verb form that may introduce a gift.</summary>
internal sealed record GiftVerb(string Lemma, GiftVoice Voice, bool NeedsEvidence);

/// <summary>What a cue phrase near a gift verb says.</summary>
internal enum GiftCueRole
{
    /// <summary>"en cadeau": the object is a present.</summary>
    Evidence,

    /// <summary>"des mains de": the giver follows.</summary>
    Giver,

    /// <summary>"mutuellement": both sides give.</summary>
    Mutual,

    /// <summary>"parmi les présents": the presents as a subject; the items follow an introducer.</summary>
    List,
}

/// <summary>What a word of non-gifts.tsv says about a gift verb's object.</summary>
internal enum NonGiftKind
{
    /// <summary>Hospitality ("se faire offrir un verre").</summary>
    Treat,

    /// <summary>A competition's prize: a gift only when its giver is named.</summary>
    Prize,

    /// <summary>A price after the item ("contre 500 dollars").</summary>
    Price,

    /// <summary>A sale, loan or rental in the sentence.</summary>
    Sale,

    /// <summary>A word right after a sum of money that makes it a rate ("146 dollars par action").</summary>
    Rate,
}

/// <summary>
/// The word lists of the gift family, read once from <c>Data/gifts/*.tsv</c>: verb forms, cue phrases,
/// known gift items (evidence and canonical names for variant spellings) and abstract objects that make
/// "offrir X" something other than a present.
/// </summary>
internal sealed class GiftLexicon
{
    private static readonly Lazy<GiftLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private GiftLexicon(FoldedMap<GiftVerb> verbs, PhraseMatcher<GiftVerb> verbPhrases, PhraseMatcher<GiftCueRole> cues, PhraseMatcher<string> items, FoldedKeySet abstractObjects, FoldedKeySet listIntroducers, FoldedKeySet genericItems, GiftPartyWords parties, FoldedMap<NonGiftKind> nonGifts)
    {
        Parties = parties;
        GenericItems = genericItems;
        NonGifts = nonGifts;
        ListIntroducers = listIntroducers;
        Verbs = verbs;
        VerbPhrases = verbPhrases;
        Cues = cues;
        Items = items;
        AbstractObjects = abstractObjects;
    }

    public static GiftLexicon Default => Instance.Value;

    /// <summary>One-word verb forms by folded form.</summary>
    public FoldedMap<GiftVerb> Verbs { get; }

    /// <summary>Verb phrases of several words whose items follow "de" ("fait cadeau", "fait don").</summary>
    public PhraseMatcher<GiftVerb> VerbPhrases { get; }

    /// <summary>Cue phrases ("en cadeau", "des mains de").</summary>
    public PhraseMatcher<GiftCueRole> Cues { get; }

    /// <summary>Known items, to their canonical singular name ("gilet par balles" → "gilet pare-balles").</summary>
    public PhraseMatcher<string> Items { get; }

    /// <summary>Verbs that introduce the items after a list cue ("parmi les présents figurait …").</summary>
    public FoldedKeySet ListIntroducers { get; }

    /// <summary>Nouns that are never presents ("soutien", "perspective").</summary>
    public FoldedKeySet AbstractObjects { get; }

    /// <summary>Role descriptions, party designators and civilities: how a giver or recipient is named.</summary>
    public GiftPartyWords Parties { get; }

    /// <summary>Canonical items that only say "a present" ("cadeau"): a list after them says which.</summary>
    public FoldedKeySet GenericItems { get; }

    /// <summary>Words that make a gift verb's object no present (non-gifts.tsv).</summary>
    public FoldedMap<NonGiftKind> NonGifts { get; }

    private static GiftLexicon Load()
    {
        var verbs = new FoldedMap<GiftVerb>.Builder();
        var verbPhrases = new PhraseMatcher<GiftVerb>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/gift-verbs.tsv", "form", "lemma", "voice", "needsEvidence"))
        {
            var verb = new GiftVerb(row[1], row.ParseEnum<GiftVoice>(2, "voice"), ParseYesNo(row, 3));
            if (row[0].Contains(' ', StringComparison.Ordinal))
            {
                verbPhrases.Add(row[0], verb);
            }
            else
            {
                verbs.Add(row[0], verb);
            }
        }

        var cues = new PhraseMatcher<GiftCueRole>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/gift-cues.tsv", "phrase", "role"))
        {
            cues.Add(row[0], row.ParseEnum<GiftCueRole>(1, "role"));
        }

        var items = new PhraseMatcher<string>.Builder();
        var genericItems = new FoldedKeySet.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/gift-items.tsv", "item", "canonical"))
        {
            items.Add(row[0], row[1]);
            if (row.Fields.Length > 2 && row[2] == "generic")
            {
                genericItems.Add(row[1]);
            }
        }

        var abstractObjects = new FoldedKeySet.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/abstract-objects.tsv", "noun"))
        {
            abstractObjects.Add(row[0]);
        }

        var listIntroducers = new FoldedKeySet.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/list-introducers.tsv", "word"))
        {
            listIntroducers.Add(row[0]);
        }

        var nonGifts = new FoldedMap<NonGiftKind>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/non-gifts.tsv", "word", "kind"))
        {
            nonGifts.Add(row[0], row.ParseEnum<NonGiftKind>(1, "kind"));
        }

        return new GiftLexicon(verbs.Build(), verbPhrases.Build(), cues.Build(), items.Build(), abstractObjects.Build(), listIntroducers.Build(), genericItems.Build(), GiftPartyWords.Load(), nonGifts.Build());
    }

    private static bool ParseYesNo(TsvRow row, int column) => row[column] switch
    {
        "yes" => true,
        "no" => false,
        _ => throw row.Error($"expected yes or no in column {column + 1}, found '{row[column]}'"),
    };
}
