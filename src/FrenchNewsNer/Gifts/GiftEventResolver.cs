using System.Buffers;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Gifts;

/// <summary>
/// Finds gifts and who gave what to whom. Around each trigger of gift-verbs.tsv (its frame says whether
/// the subject gives or receives) the clause reader (GiftEventResolver.Clause.cs) reads:
/// <list type="bullet">
/// <item>the items: a coordinated list of noun phrases after the verb ("a offert à Kim un drone, un gilet
/// et des vêtements"), fronted with "outre", before a passive participle ("le fusil offert par Poutine"),
/// after a colon or a relative clause when the verb's object only says "des cadeaux", or a sum of money;</item>
/// <item>the giver and recipient through <see cref="GiftPartyReader"/>: persons, organisations, countries and
/// cities, role descriptions ("le président chinois", "son homologue"), "lui"/"leur", "par X", "de X",
/// "des mains de X", "de la part de X", "avec X" in an exchange;</item>
/// <item>mutual exchanges ("se sont mutuellement offert", "ont échangé"), the nominal "le cadeau de X à Y :
/// …" (a list cue), and "Ce cadeau lui a été remis par X", which completes the gift before it.</item>
/// </list>
/// Verbs too common to mean a gift alone ("recevoir", "remettre", "donner") need evidence in the sentence:
/// "en cadeau", "des mains de", "Y a reçu de X", or an item known as a typical present. Abstract objects
/// ("offrir son soutien") and what non-gifts.tsv describes (a treat, a prize with no giver, a price, a sale)
/// are never gifts.
/// </summary>
internal sealed partial class GiftEventResolver : IDocumentStage
{
    // How far from the verb its subject, recipient and items may stand, in tokens.
    private const int Window = 40;

    private static readonly FoldedKeySet Auxiliaries = FoldedKeySet.Of(
        "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eu",
        "est", "sont", "etait", "etaient", "sera", "seront", "ete", "s'est", "se", "s'");

    // Words that may stand between a subject or verb and what follows without changing the roles.
    private static readonly FoldedKeySet Skippable = FoldedKeySet.Of(
        "egalement", "aussi", "deja", "ainsi", "notamment", "alors", "meme", "encore", "personnellement", "officiellement", "symboliquement", "recemment", "finalement", "enfin", "ensuite", "retour", "mutuellement", "reciproquement", "y", "en", "lui", "leur", "leurs", "ne", "n'", "pas", "jamais");

    // Determiners that make the next word a noun ("une offre", "un reçu"); "le", "la", "l'", "leur" are left
    // out, being clitic pronouns before a verb as often ("il leur offre", "elle la reçoit").
    private static readonly FoldedKeySet NounDeterminers = FoldedKeySet.Of(
        "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "mon", "ma", "ton", "ta", "notre", "votre", "nos", "vos", "du", "au", "aux", "chaque", "toute", "nouvelle", "nouvel", "premiere", "derniere", "meilleure");

    private static readonly FoldedKeySet SubjectPronouns = FoldedKeySet.Of("il", "elle");

    private static readonly FoldedKeySet PrepositionsBeforeNonSubject = FoldedKeySet.Of(
        "a", "au", "aux", "de", "d'", "du", "des", "par", "pour", "selon", "outre", "chez", "sur", "avec", "contre", "vers", "entre", "apres", "avant", "depuis", "lors", "dans");

    private readonly GiftLexicon _lexicon;
    private readonly GiftItemReader _items;
    private readonly FoldedKeySet _roleNouns;

    // Every folded word at which the scan of Process can stop, with what it may start: the first words
    // of the cues and verb phrases and the one-word verb forms. Most words of a text are none of them,
    // and one probe here (and one hash, shared with the look-ups it allows) replaces the three look-ups
    // each word cost before.
    private readonly FoldedMap<Trigger> _triggers;

    // Turns away most words of a text without hashing them ("le", "la", "une"): the exact probe of
    // _triggers runs only where this one-sided filter lets a word through.
    private readonly FoldedPrefilter _mayBeTrigger;

    public GiftEventResolver(GiftLexicon lexicon, FrenchNumberParser numbers, FoldedKeySet roleNouns)
    {
        _lexicon = lexicon;
        _items = new GiftItemReader(lexicon, numbers);
        _roleNouns = roleNouns;
        var triggers = new FoldedMap<Trigger>.Builder(static (a, b) => a | b);
        foreach (var word in lexicon.Cues.FirstTokens)
        {
            triggers.AddFolded(word, Trigger.Cue);
        }

        foreach (var word in lexicon.VerbPhrases.FirstTokens)
        {
            triggers.AddFolded(word, Trigger.VerbPhrase);
        }

        foreach (var word in lexicon.Verbs.Keys)
        {
            triggers.AddFolded(word, Trigger.Verb);
        }

        _triggers = triggers.Build();
        var mayBeTrigger = new FoldedPrefilter.Builder();
        foreach (var word in _triggers.Keys)
        {
            mayBeTrigger.Add(word);
        }

        _mayBeTrigger = mayBeTrigger.Build();
    }

    /// <summary>Which look-ups may succeed at a word.</summary>
    [Flags]
    private enum Trigger : byte
    {
        None = 0,
        Cue = 1,
        VerbPhrase = 2,
        Verb = 4,
    }

    /// <summary>
    /// Which look-ups may succeed at the word <paramref name="folded"/> (exact: a look-up not returned fails
    /// there), and the word's <see cref="FoldedHash.Of"/> when it is worth one.
    /// </summary>
    private Trigger TriggerOf(ReadOnlySpan<char> folded, out int hash)
    {
        hash = 0;
        if (folded.IsEmpty || !_mayBeTrigger.MayContain(folded))
        {
            return Trigger.None;
        }

        hash = FoldedHash.Of(folded);
        return _triggers.TryGetValue(folded, hash, out var trigger) ? trigger : Trigger.None;
    }

    public void Process(Document document, RecognitionContext context, ResolvedDocument resolved)
    {
        if (!context.Kinds.Contains(EntityKind.Gift))
        {
            return;
        }

        // The entity view and the claimed marks cost a slot per token: both are pooled, and made only at
        // the first gift cue or verb (a document without one needs neither).
        EntityTokenView? view = null;
        bool[]? claimed = null; // a token belongs to at most one gift item
        GiftPartyReader? roles = null;
        List<GiftItem>? scratchItems = null;
        var tokens = document.Tokens;
        try
        {
            for (var t = 0; t < tokens.Length; t++)
            {
                if (!tokens[t].IsWord)
                {
                    continue;
                }

                var trigger = TriggerOf(document.FoldedOf(t), out var hash);
                if (trigger == Trigger.None)
                {
                    continue;
                }

                // "Parmi les présents (offerts par X à Y) figurait …": the presents named as a subject.
                if ((trigger & Trigger.Cue) != 0 && _lexicon.Cues.TryMatch(document, t, hash, out var cueLength, out var cue) && cue == GiftCueRole.List)
                {
                    view ??= new EntityTokenView(document, resolved.Entities);
                    claimed ??= RentClaimed(tokens.Length);
                    roles ??= new GiftPartyReader(view, _lexicon.Parties, _roleNouns, NameGazetteers.BuiltIn);
                    var end = ReadListEvent(view, t, cueLength, roles, claimed, resolved);
                    if (end > t)
                    {
                        t = end - 1;
                        continue;
                    }
                }

                // A verb phrase ("fait cadeau") first, so its "fait" is not left unread; else a one-word verb.
                var phraseLength = 1;
                GiftVerb? verb = null;
                if (!((trigger & Trigger.VerbPhrase) != 0 && _lexicon.VerbPhrases.TryMatch(document, t, hash, out phraseLength, out verb))
                    && !((trigger & Trigger.Verb) != 0 && _lexicon.Verbs.TryGetValue(document.FoldedOf(t), hash, out verb)))
                {
                    continue;
                }

                // "une offre", "cette offre", "l'offre de rachat", "un reçu": a noun, not the verb.
                if (IsNoun(document, t))
                {
                    continue;
                }

                view ??= new EntityTokenView(document, resolved.Entities);
                claimed ??= RentClaimed(tokens.Length);
                roles ??= new GiftPartyReader(view, _lexicon.Parties, _roleNouns, NameGazetteers.BuiltIn);
                scratchItems ??= new List<GiftItem>();
                var gift = ReadEvent(view, t, Math.Max(phraseLength, 1), verb!, roles, claimed, scratchItems);

                // The words of a verb phrase ("vu offrir") start no second reading.
                t += Math.Max(phraseLength, 1) - 1;
                if (gift is not { } clause)
                {
                    continue;
                }

                if (clause.Anaphoric)
                {
                    // "Ce cadeau lui a été remis par X": the previous gift, told further.
                    Continue(resolved, clause);
                    continue;
                }

                AddEvent(view, clause.Items, clause.Giver, clause.Recipient, clause.Mutual, claimed, resolved);
            }
        }
        finally
        {
            view?.Release();
            if (claimed is not null)
            {
                ArrayPool<bool>.Shared.Return(claimed);
            }
        }

        // FORMAT.md: a Number is a count that is part of no Gift; the gift now carries it.
        if (resolved.Gifts.Count > 0)
        {
            RemoveNumbersInside(resolved.Entities, resolved.Gifts);
        }
    }

    private static void AddEvent(EntityTokenView view, List<GiftItem> giftItems, GiftActor? giver, GiftActor? recipient, bool mutual, bool[] claimed, ResolvedDocument resolved)
    {
        var tokens = view.Tokens;
        var text = view.Document.Text;
        var items = new List<Entity>(giftItems.Count);
        foreach (var item in giftItems)
        {
            var start = tokens[item.FirstToken].Start;
            var end = tokens[item.EndToken - 1].End;
            items.Add(new Entity(EntityKind.Gift, start, end, text.Substring(start, end - start), value: new GiftValue(item.Count, item.Item)));
            Claim(claimed, item.FirstToken, item.EndToken);
        }

        resolved.Gifts.AddRange(items);
        // A description that could not be resolved names no one: no name, no mention.
        var giverName = giver?.Name;
        var recipientName = recipient?.Name;
        resolved.GiftEvents.Add(new GiftEvent(items, giverName, recipientName, mutual)
        {
            GiverMention = giverName is null ? null : giver!.Value.Mention,
            RecipientMention = recipientName is null ? null : recipient!.Value.Mention,
        });
    }

    // Fills in what the previous gift left unsaid; what it said stands.
    private static void Continue(ResolvedDocument resolved, GiftClause clause)
    {
        if (resolved.GiftEvents.Count == 0)
        {
            return;
        }

        var last = resolved.GiftEvents[^1];
        var giver = last.Giver is null && clause.Giver?.Name is { } g ? clause.Giver : null;
        var recipient = last.Recipient is null && clause.Recipient?.Name is { } r && r != (last.Giver ?? giver?.Name) ? clause.Recipient : null;
        if (giver is null && recipient is null)
        {
            return;
        }

        resolved.GiftEvents[^1] = last with
        {
            Giver = giver?.Name ?? last.Giver,
            GiverMention = giver?.Mention ?? last.GiverMention,
            Recipient = recipient?.Name ?? last.Recipient,
            RecipientMention = recipient?.Mention ?? last.RecipientMention,
        };
    }

    /// <summary>A pooled, cleared claim mark per token (the rented array may be longer; only token indices are read).</summary>
    private static bool[] RentClaimed(int tokenCount)
    {
        var claimed = ArrayPool<bool>.Shared.Rent(tokenCount);
        Array.Clear(claimed, 0, tokenCount);
        return claimed;
    }

    private static void Claim(bool[] claimed, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            claimed[k] = true;
        }
    }

    /// <summary>
    /// "Parmi les présents (offerts par X à Y) figurait un fusil", "Les cadeaux : un drone et un gilet".
    /// Reads the actors after the cue's participle, then an introducer (a colon or a verb of
    /// list-introducers.tsv), then the items. Returns the token after the event, or <paramref name="cueIndex"/>
    /// when this is not one (then "les présents" may mean the people attending).
    /// </summary>
    private int ReadListEvent(EntityTokenView view, int cueIndex, int cueLength, GiftPartyReader roles, bool[] claimed, ResolvedDocument resolved)
    {
        var sentenceEnd = Math.Min(view.SentenceEnd(cueIndex), cueIndex + Window);
        var i = cueIndex + cueLength;
        GiftActor? giver = null;
        GiftActor? recipient = null;
        var voice = GiftVoice.Giver;

        // "les cadeaux d'Angela Merkel", "les présents du gouverneur": the giver.
        var du = view.IsWord(i, "du");
        if ((du || view.IsWord(i, "de") || view.IsWord(i, "d'")) && roles.TryRead(du ? i : i + 1, sentenceEnd, out var owner, out var afterOwner))
        {
            giver = owner;
            i = afterOwner;

            // "le cadeau de Xi Jinping à Emmanuel Macron".
            if ((IsPrepositionA(view, i) || view.IsWord(i, "au") || view.IsWord(i, "aux")) && roles.TryRead(IsPrepositionA(view, i) ? i + 1 : i, sentenceEnd, out var to, out var afterTo))
            {
                recipient = to;
                i = afterTo;
            }
        }

        if (i < sentenceEnd && view.Tokens[i].IsWord && _lexicon.Verbs.TryGetValue(view.Folded(i), out var participle))
        {
            voice = participle.Voice;
            i++;
            TrailingActors(view, i, sentenceEnd, voice, mutual: false, roles, ref giver, ref recipient);
            while (i < sentenceEnd && !view.IsChar(i, ':') && !(view.Tokens[i].IsWord && _lexicon.ListIntroducers.Contains(view.Folded(i))) && i < cueIndex + 16)
            {
                i++;
            }
        }

        // "Le cadeau de X à Y, un vase Ming, …": an apposition right after the actors.
        var apposition = giver is not null && view.IsChar(i, ',') && _items.StartsItem(view, i + 1, sentenceEnd);
        if (i >= sentenceEnd || !(apposition || view.IsChar(i, ':') || (view.Tokens[i].IsWord && _lexicon.ListIntroducers.Contains(view.Folded(i)))))
        {
            return cueIndex;
        }

        i++;
        while (i < sentenceEnd && view.Tokens[i].IsWord && Skippable.Contains(view.Folded(i)))
        {
            i++; // "figurait aussi", "figuraient notamment"
        }

        var items = new List<GiftItem>();
        var end = _items.ReadList(view, i, sentenceEnd, items, roles);
        RemoveOverlapping(items, claimed);
        if (items.Count == 0)
        {
            return cueIndex;
        }

        // The cue and its participle belong to this event: "offerts" must not start another one.
        Claim(claimed, cueIndex, i);
        AddEvent(view, items, giver, recipient, mutual: false, claimed, resolved);
        return end;
    }

    // Both lists sorted by start and gifts never overlapping one another: one walk over each, so a long
    // document with many gifts stays linear.
    private static void RemoveNumbersInside(List<Entity> entities, List<Entity> gifts)
    {
        var spans = gifts.OrderBy(g => g.Start).ToArray();
        var g = 0;
        entities.RemoveAll(e =>
        {
            if (e.Kind != EntityKind.Number)
            {
                return false;
            }

            while (g < spans.Length && spans[g].End <= e.Start)
            {
                g++;
            }

            return g < spans.Length && spans[g].Start <= e.Start && e.End <= spans[g].End;
        });
    }

    /// <summary>Removes, keeping the order, the items with a claimed token (RemoveAll without a closure per call).</summary>
    private static void RemoveOverlapping(List<GiftItem> items, bool[] claimed)
    {
        var kept = 0;
        for (var k = 0; k < items.Count; k++)
        {
            if (!Overlaps(claimed, items[k]))
            {
                items[kept++] = items[k];
            }
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    private static bool Overlaps(bool[] claimed, GiftItem item)
    {
        for (var k = item.FirstToken; k < item.EndToken; k++)
        {
            if (claimed[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One walk over the sentence for what three walks over it answered (one per cue role): whether an evidence
    /// or giver cue stands in [<paramref name="start"/>, <paramref name="end"/>), and whether a mutual cue
    /// stands in [<paramref name="nearStart"/>, <paramref name="nearEnd"/>), a sub-range of it.
    /// </summary>
    private void ScanCues(EntityTokenView view, int start, int end, int nearStart, int nearEnd, out bool evidence, out bool mutual)
    {
        evidence = false;
        mutual = false;
        for (var k = Math.Max(0, start); k < end && k < view.Count; k++)
        {
            if (view.Tokens[k].IsWord && (TriggerOf(view.Folded(k), out var hash) & Trigger.Cue) != 0 && _lexicon.Cues.TryMatch(view.Document, k, hash, out _, out var cue))
            {
                evidence |= cue is GiftCueRole.Evidence or GiftCueRole.Giver;
                mutual |= cue == GiftCueRole.Mutual && k >= nearStart && k < nearEnd;
            }
        }
    }

    private static bool IsNoun(Document document, int index)
    {
        if (index == 0 || !document.Tokens[index - 1].IsWord)
        {
            return false;
        }

        var before = document.FoldedOf(index - 1);
        return NounDeterminers.Contains(before)
            || (before.SequenceEqual("l'") && (document.IsWord(index + 1, "de") || document.IsWord(index + 1, "d'") || document.IsWord(index + 1, "du") || document.IsWord(index + 1, "des")));
    }

    private static bool IsPrepositionA(EntityTokenView view, int index) => view.Document.OriginalOf(index) is "à" or "À";

    private static bool IsVerbA(EntityTokenView view, int index) => view.Document.OriginalOf(index) is "a" or "A";

}
