using System.Buffers;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Gifts;

/// <summary>
/// Finds gifts and who gave what to whom. Around each gift verb of a sentence it reads:
/// <list type="bullet">
/// <item>the items: a coordinated list of noun phrases after the verb ("a offert à Kim un drone, un gilet
/// et des vêtements"), fronted with "outre" ("outre cinq drones, X a offert …"), or before a passive
/// participle ("le fusil offert par Poutine");</item>
/// <item>the giver and recipient: the subject (a person or organisation, a role such as "le gouverneur"
/// resolved through <see cref="RoleLinks"/>, "les deux dirigeants" for the two persons last named, a
/// pronoun for the person last named), "à X", "lui"/"leur", "par X", "des mains de X", "de X";</item>
/// <item>mutual exchanges: "se sont mutuellement offert", "ont échangé".</item>
/// </list>
/// Verbs too common to mean a gift alone ("recevoir", "remettre", "donner") need evidence in the sentence:
/// "en cadeau", "des mains de", or an item known as a typical present. Abstract objects ("offrir son
/// soutien") are never gifts.
/// </summary>
internal sealed class GiftEventResolver : IDocumentStage
{
    // How far from the verb its subject, recipient and items may stand, in tokens.
    private const int Window = 40;

    private static readonly FoldedKeySet Auxiliaries = FoldedKeySet.Of(
        "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eu",
        "est", "sont", "etait", "etaient", "sera", "seront", "ete", "s'est", "se", "s'");

    // Words that may stand between a subject or verb and what follows without changing the roles.
    private static readonly FoldedKeySet Skippable = FoldedKeySet.Of(
        "egalement", "aussi", "deja", "ainsi", "notamment", "alors", "meme", "encore", "personnellement", "officiellement", "symboliquement", "recemment", "finalement", "enfin", "ensuite", "mutuellement", "reciproquement", "y", "en", "lui", "leur", "leurs", "ne", "n'", "pas", "jamais");

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
        LazyRoleLinks? roles = null;
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
                    roles ??= new LazyRoleLinks(view, _roleNouns);
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

                view ??= new EntityTokenView(document, resolved.Entities);
                claimed ??= RentClaimed(tokens.Length);
                roles ??= new LazyRoleLinks(view, _roleNouns);
                scratchItems ??= new List<GiftItem>();
                var gift = ReadEvent(view, t, Math.Max(phraseLength, 1), verb!, roles, claimed, scratchItems);
                if (gift is null)
                {
                    continue;
                }

                AddEvent(view, gift.Value.Items, gift.Value.Giver, gift.Value.Recipient, gift.Value.Mutual, claimed, resolved);
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

    private static void AddEvent(EntityTokenView view, List<GiftItem> giftItems, string? giver, string? recipient, bool mutual, bool[] claimed, ResolvedDocument resolved)
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
        resolved.GiftEvents.Add(new GiftEvent(items, giver, recipient, mutual));
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
    private int ReadListEvent(EntityTokenView view, int cueIndex, int cueLength, LazyRoleLinks roles, bool[] claimed, ResolvedDocument resolved)
    {
        var sentenceEnd = Math.Min(view.SentenceEnd(cueIndex), cueIndex + Window);
        var i = cueIndex + cueLength;
        string? giver = null;
        string? recipient = null;
        var voice = GiftVoice.Giver;

        // "les cadeaux d'Angela Merkel", "les présents du gouverneur": the giver.
        var du = view.IsWord(i, "du");
        if ((du || view.IsWord(i, "de") || view.IsWord(i, "d'")) && ReadActor(view, du ? i : i + 1, roles, out var afterOwner, roleOnly: du) is { } owner)
        {
            giver = owner;
            i = afterOwner;
        }

        if (i < sentenceEnd && view.Tokens[i].IsWord && _lexicon.Verbs.TryGetValue(view.Folded(i), out var participle))
        {
            voice = participle.Voice;
            i++;
            TrailingActors(view, i, sentenceEnd, voice, roles, ref giver, ref recipient);
            while (i < sentenceEnd && !view.IsChar(i, ':') && !(view.Tokens[i].IsWord && _lexicon.ListIntroducers.Contains(view.Folded(i))) && i < cueIndex + 16)
            {
                i++;
            }
        }

        if (i >= sentenceEnd || !(view.IsChar(i, ':') || (view.Tokens[i].IsWord && _lexicon.ListIntroducers.Contains(view.Folded(i)))))
        {
            return cueIndex;
        }

        i++;
        while (i < sentenceEnd && view.Tokens[i].IsWord && Skippable.Contains(view.Folded(i)))
        {
            i++; // "figurait aussi", "figuraient notamment"
        }

        var items = new List<GiftItem>();
        var end = _items.ReadList(view, i, sentenceEnd, items);
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

    // `items` is scratch, cleared here: the caller reads the returned list before the next call.
    private (List<GiftItem> Items, string? Giver, string? Recipient, bool Mutual)? ReadEvent(EntityTokenView view, int verbIndex, int verbLength, GiftVerb verb, LazyRoleLinks roles, bool[] claimed, List<GiftItem> items)
    {
        var isPhrase = verbLength > 1;
        var sentenceStart = view.SentenceStart(verbIndex);
        var sentenceEnd = Math.Min(view.SentenceEnd(verbIndex), verbIndex + Window);
        var passive = IsPassive(view, verbIndex, sentenceStart);
        ScanCues(view, sentenceStart, sentenceEnd, Math.Max(sentenceStart, verbIndex - 4), Math.Min(sentenceEnd, verbIndex + 4), out var evidence, out var mutualCue);
        var mutual = verb.Voice == GiftVoice.Mutual || mutualCue;

        string? giver = null;
        string? recipient = null;
        items.Clear();

        // After the verb: recipients, givers, cues and adverbs in any order, then the item list.
        var i = verbIndex + verbLength;
        while (i < sentenceEnd && items.Count == 0)
        {
            if (_lexicon.Cues.TryMatch(view.Document, i, out var cueLength, out var cue))
            {
                i += cueLength;
                if (cue == GiftCueRole.Giver && ReadActor(view, i, roles, out var after) is { } byHand)
                {
                    giver = byHand;
                    i = after;
                }

                continue;
            }

            if (view.IsChar(i, ',') || (view.Tokens[i].IsWord && Skippable.Contains(view.Folded(i))) || view.EntityAt(i) is { Kind: EntityKind.Date })
            {
                i = view.EntityAt(i) is { Kind: EntityKind.Date } ? view.AfterEntity(i) : i + 1;
                continue;
            }

            var word = view.Folded(i);
            if ((IsPrepositionA(view, i) || word.SequenceEqual("au") || word.SequenceEqual("aux")) && ReadActor(view, i + 1, roles, out var afterRecipient) is { } to)
            {
                recipient ??= to;
                i = afterRecipient;
                continue;
            }

            // A verb phrase takes its items after "de": "a fait cadeau à Kim d'un cheval".
            if (isPhrase && (word.SequenceEqual("de") || word.SequenceEqual("d'")) && _items.StartsItem(view, i + 1, sentenceEnd))
            {
                i++;
                continue;
            }

            if ((word.SequenceEqual("par") || word.SequenceEqual("de") || word.SequenceEqual("d'") || word.SequenceEqual("du")) && ReadActor(view, i + (word.SequenceEqual("du") ? 0 : 1), roles, out var afterGiver, roleOnly: word.SequenceEqual("du")) is { } from)
            {
                giver ??= from;
                i = SkipApposition(view, afterGiver, sentenceEnd);
                continue;
            }

            if (_items.StartsItem(view, i, sentenceEnd) || view.IsOpeningQuote(i))
            {
                var next = _items.ReadList(view, i, sentenceEnd, items);
                if (items.Count == 0)
                {
                    break;
                }

                i = next;
                // "… des mains du gouverneur", "… à Xi Jinping": giver and recipient may follow the items.
                TrailingActors(view, i, sentenceEnd, verb.Voice, roles, ref giver, ref recipient);
                break;
            }

            break;
        }

        // Passive participle with its items before it: "le fusil offert par Poutine à Kim".
        if (items.Count == 0 && passive)
        {
            ReadItemsBefore(view, verbIndex, sentenceStart, items);
        }

        // Fronted items: "Outre cinq drones explosifs, X avait offert à Kim …".
        for (var k = sentenceStart; k < verbIndex; k++)
        {
            if (view.IsWord(k, "outre"))
            {
                var fronted = new List<GiftItem>();
                _items.ReadList(view, k + 1, verbIndex, fronted);
                items.InsertRange(0, fronted);
                break;
            }
        }

        RemoveOverlapping(items, claimed);
        if (items.Count == 0)
        {
            return null;
        }

        if (verb.NeedsEvidence && !evidence && !items.Exists(item => item.Known))
        {
            return null;
        }

        // The subject, unless the verb is a participle used passively.
        string? second = null;
        var subject = passive ? null : ReadSubject(view, verbIndex, sentenceStart, roles, out second);
        if (second is not null)
        {
            mutual = true; // "les deux dirigeants s'étaient mutuellement offert un fusil"
        }

        if (verb.Voice == GiftVoice.Recipient)
        {
            recipient ??= subject;
        }
        else
        {
            giver ??= subject;
            if (second is not null)
            {
                recipient ??= second;
            }
        }

        if (recipient is null && HasClitic(view, verbIndex, sentenceStart))
        {
            // "X lui a offert …": the person last named before, other than the giver.
            recipient = LastPersonBefore(view, verbIndex, exclude: giver);
        }

        return (items, giver, recipient, mutual);
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

    private void TrailingActors(EntityTokenView view, int i, int end, GiftVoice voice, LazyRoleLinks roles, ref string? giver, ref string? recipient)
    {
        for (var step = 0; step < 2 && i < end; step++)
        {
            // After a received item, "de X" names the giver ("a reçu deux vases d'Angela Merkel"); after
            // a given one it would be a possessor, so only the receiving voice reads it.
            if (voice == GiftVoice.Recipient && (view.IsWord(i, "de") || view.IsWord(i, "d'") || view.IsWord(i, "du")))
            {
                var du = view.IsWord(i, "du");
                if (ReadActor(view, du ? i : i + 1, roles, out var afterFrom, roleOnly: du) is { } from)
                {
                    giver ??= from;
                    i = afterFrom;
                    continue;
                }
            }

            if (_lexicon.Cues.TryMatch(view.Document, i, out var length, out var cue) && cue == GiftCueRole.Giver && ReadActor(view, i + length, roles, out var afterGiver) is { } byHand)
            {
                giver ??= byHand;
                i = afterGiver;
            }
            else if (view.IsWord(i, "par") && ReadActor(view, i + 1, roles, out var afterAgent) is { } agent)
            {
                giver ??= agent;
                i = afterAgent;
            }
            else if ((IsPrepositionA(view, i) || view.IsWord(i, "au") || view.IsWord(i, "aux")) && ReadActor(view, i + 1, roles, out var afterRecipient) is { } to)
            {
                recipient ??= to;
                i = afterRecipient;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// A person or organisation at <paramref name="index"/> (optionally after a determiner), or a role noun
    /// resolved through the document's role links ("du gouverneur de la région de Primorye").
    /// </summary>
    private string? ReadActor(EntityTokenView view, int index, LazyRoleLinks roles, out int after, bool roleOnly = false)
    {
        after = index;
        if (!roleOnly && view.StartsActor(index, out var actor))
        {
            after = view.AfterEntity(index);
            return actor.Canonical;
        }

        var i = index;
        if (i < view.Count && view.Tokens[i].IsWord && (view.Folded(i).SequenceEqual("du") || view.Folded(i).SequenceEqual("le") || view.Folded(i).SequenceEqual("la") || view.Folded(i).SequenceEqual("l'")))
        {
            i++;
        }

        if (i < view.Count && view.Tokens[i].IsWord && _roleNouns.Contains(view.Folded(i)))
        {
            var person = roles.Resolve(view.Folded(i), view.Tokens[i].Start);
            if (person is not null)
            {
                after = SkipRoleQualifiers(view, i + 1);
                return person;
            }
        }

        return null;
    }

    // "le gouverneur de la région de Primorye, dans l'Extrême-Orient russe": qualifiers of a role.
    private static int SkipRoleQualifiers(EntityTokenView view, int i)
    {
        while (i < view.Count && !view.Tokens[i].Has(TokenFlags.SentenceStart))
        {
            var token = view.Tokens[i];
            if (view.EntityAt(i) is { Kind: EntityKind.Location } || (token.IsWord && !token.Has(TokenFlags.Capitalized) && (view.Folded(i).SequenceEqual("de") || view.Folded(i).SequenceEqual("la") || view.Folded(i).SequenceEqual("du") || view.Folded(i).SequenceEqual("d'") || view.Folded(i).SequenceEqual("l'"))))
            {
                i = view.AfterEntity(i);
                continue;
            }

            break;
        }

        return i;
    }

    // ", ministre russe de l'Ecologie," after a giver: skip to the comma that closes it.
    private static int SkipApposition(EntityTokenView view, int i, int end)
    {
        if (i >= end || !view.IsChar(i, ','))
        {
            return i;
        }

        for (var k = i + 1; k < end && k < i + 12; k++)
        {
            if (view.IsChar(k, ','))
            {
                return k + 1;
            }

            if (!view.Tokens[k].IsWord && view.EntityAt(k) is null)
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>
    /// The subject of the verb: scanning back within the sentence, the nearest person or organisation not
    /// governed by a preposition; else a role noun ("le gouverneur"), "les deux X" (the two persons last
    /// named), or "il"/"elle" (the person last named).
    /// </summary>
    private string? ReadSubject(EntityTokenView view, int verbIndex, int sentenceStart, LazyRoleLinks roles, out string? second)
    {
        second = null;
        string? role = null;
        var depth = 0;
        for (var k = verbIndex - 1; k >= sentenceStart && k >= verbIndex - Window; k--)
        {
            if (view.IsChar(k, ')'))
            {
                depth++;
            }
            else if (view.IsChar(k, '('))
            {
                depth = Math.Max(0, depth - 1);
            }

            var entity = view.EntityAt(k);
            if (entity is { Kind: EntityKind.Person or EntityKind.Organization } && entity.Start == view.Tokens[k].Start)
            {
                var before = k - 1;
                if (before < sentenceStart || !(view.Tokens[before].IsWord && PrepositionsBeforeNonSubject.Contains(view.Folded(before)) && !IsVerbA(view, before)))
                {
                    // "Vladimir Poutine et Kim ont …": a coordinated pair of persons is a plural subject.
                    if (before - 1 >= sentenceStart && view.IsWord(before, "et") && view.EntityAt(before - 1) is { Kind: EntityKind.Person } first && first.Canonical != entity.Canonical)
                    {
                        second = entity.Canonical;
                        return first.Canonical;
                    }

                    return entity.Canonical;
                }

                continue;
            }

            if (role is null && depth == 0 && view.Tokens[k].IsWord && _roleNouns.Contains(view.Folded(k)))
            {
                // "les deux dirigeants": the two persons named last, before this sentence.
                if (k >= 2 && view.IsWord(k - 1, "deux") && (view.IsWord(k - 2, "les") || view.IsWord(k - 2, "ces")))
                {
                    var pair = LastTwoPersons(view, k);
                    if (pair is { } p)
                    {
                        second = p.Second;
                        return p.First;
                    }
                }

                role = roles.Resolve(view.Folded(k), view.Tokens[k].Start);
            }

            if (k == verbIndex - 1 || (k >= verbIndex - 3 && Auxiliaries.Contains(view.Folded(k + 1))))
            {
                if (view.Tokens[k].IsWord && SubjectPronouns.Contains(view.Folded(k)))
                {
                    return role ?? LastPersonBefore(view, k, exclude: null);
                }
            }
        }

        return role;
    }

    private static (string First, string Second)? LastTwoPersons(EntityTokenView view, int index)
    {
        string? last = null;
        for (var k = index - 1; k >= 0 && k >= index - 200; k--)
        {
            if (view.EntityAt(k) is { Kind: EntityKind.Person } person && person.Start == view.Tokens[k].Start)
            {
                if (last is null)
                {
                    last = person.Canonical;
                }
                else if (person.Canonical != last)
                {
                    return (person.Canonical, last);
                }
            }
        }

        return null;
    }

    private static string? LastPersonBefore(EntityTokenView view, int index, string? exclude)
    {
        for (var k = index - 1; k >= 0 && k >= index - 200; k--)
        {
            if (view.EntityAt(k) is { Kind: EntityKind.Person } person && person.Canonical != exclude)
            {
                return person.Canonical;
            }
        }

        return null;
    }

    // "Le fusil offert par …", "Un cheval a été offert à …": the item ends right before the participle,
    // or before its auxiliaries.
    private void ReadItemsBefore(EntityTokenView view, int verbIndex, int sentenceStart, List<GiftItem> items)
    {
        var end = verbIndex;
        while (end - 1 >= sentenceStart && view.Tokens[end - 1].IsWord && (Auxiliaries.Contains(view.Folded(end - 1)) || Skippable.Contains(view.Folded(end - 1))))
        {
            end--;
        }

        for (var k = end - 1; k >= sentenceStart && k >= end - 8; k--)
        {
            if (_items.TryReadItem(view, k, end, out var item) && item.EndToken == end)
            {
                items.Add(item);
                return;
            }
        }
    }

    // A participle used passively: "a été offert", "offert par", or a participle with no auxiliary.
    private static bool IsPassive(EntityTokenView view, int verbIndex, int sentenceStart)
    {
        var k = verbIndex - 1;
        while (k >= sentenceStart && view.Tokens[k].IsWord && Skippable.Contains(view.Folded(k)) && !view.IsWord(k, "lui") && !view.IsWord(k, "leur"))
        {
            k--;
        }

        if (k >= sentenceStart && view.IsWord(k, "ete"))
        {
            return true;
        }

        var participle = view.Folded(verbIndex);
        var isParticiple = participle.EndsWith("ert") || participle.EndsWith("erte") || participle.EndsWith("erts") || participle.EndsWith("ertes")
            || participle.EndsWith("is") || participle.EndsWith("ise") || participle.EndsWith("u") || participle.EndsWith("ue") || participle.EndsWith("e") || participle.EndsWith("ee");
        var hasAuxiliary = k >= sentenceStart && view.Tokens[k].IsWord && Auxiliaries.Contains(view.Folded(k));
        return isParticiple && !hasAuxiliary && view.IsWord(verbIndex + 1, "par");
    }

    private static bool HasClitic(EntityTokenView view, int verbIndex, int sentenceStart)
    {
        for (var k = verbIndex - 1; k >= sentenceStart && k >= verbIndex - 4; k--)
        {
            if (view.IsWord(k, "lui") || view.IsWord(k, "leur"))
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

    private static bool IsPrepositionA(EntityTokenView view, int index) => view.Document.OriginalOf(index) is "à" or "À";

    private static bool IsVerbA(EntityTokenView view, int index) => view.Document.OriginalOf(index) is "a" or "A";

    /// <summary>
    /// The document's role links, found on the first role to resolve: most documents with a gift verb
    /// never resolve one, and finding the links walks the whole document (about as much work as the
    /// whole gift scan). The view does not change in between, so the links are the same either way.
    /// </summary>
    private sealed class LazyRoleLinks(EntityTokenView view, FoldedKeySet roleNouns)
    {
        private RoleLinks? _links;

        public string? Resolve(ReadOnlySpan<char> role, int position) => (_links ??= RoleLinks.Find(view, roleNouns)).Resolve(role, position);
    }
}
