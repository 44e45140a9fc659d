using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Gifts;

/// <summary>What one gift clause says: its items, giver, recipient, and whether it is an exchange.</summary>
/// <param name="Items">The items (scratch: read before the next clause).</param>
/// <param name="Giver">The giver, or null.</param>
/// <param name="Recipient">The recipient, or null.</param>
/// <param name="Mutual">An exchange.</param>
/// <param name="Anaphoric">The items are "ce cadeau": the clause tells more of the previous gift.</param>
internal readonly record struct GiftClause(List<GiftItem> Items, GiftActor? Giver, GiftActor? Recipient, bool Mutual, bool Anaphoric);

/// <summary>
/// The clause reader of the gift stage: around one trigger of gift-verbs.tsv it reads the arguments the
/// trigger's frame gives (the subject's voice, active or passive), in any order news puts them: "X a offert
/// à Y …" (indirect object first), "Y a reçu de X …", "… de la part de X", "Y lui a offert …", "… offert
/// par X à Mme Y", "X et Y ont échangé …", a list after a colon or a relative clause ("des cadeaux, qui
/// comprenaient …"), and a gift continued in the next sentence ("Ce cadeau lui a été remis par …").
/// </summary>
internal sealed partial class GiftEventResolver
{
    private static readonly FoldedKeySet AnaphoricDeterminers = FoldedKeySet.Of("ce", "cet", "cette", "ces");

    private static readonly FoldedKeySet ListRelatives = FoldedKeySet.Of("qui", "dont", "parmi");

    private static readonly FoldedKeySet CausativeFaire = FoldedKeySet.Of("faire", "fait", "fais", "faisait", "faisaient", "font", "fera");

    // `items` is scratch, cleared here: the caller reads the returned list before the next call.
    private GiftClause? ReadEvent(EntityTokenView view, int verbIndex, int verbLength, GiftVerb verb, GiftPartyReader roles, bool[] claimed, List<GiftItem> items)
    {
        var isPhrase = verbLength > 1;
        var sentenceStart = view.SentenceStart(verbIndex);
        var sentenceEnd = Math.Min(view.SentenceEnd(verbIndex), verbIndex + Window);
        var passive = IsPassive(view, verbIndex, sentenceStart);
        ScanCues(view, sentenceStart, sentenceEnd, Math.Max(sentenceStart, verbIndex - 4), Math.Min(sentenceEnd, verbIndex + 4), out var evidence, out var mutualCue);
        var mutual = verb.Voice == GiftVoice.Mutual || mutualCue;

        GiftActor? giver = null;
        GiftActor? recipient = null;
        var explicitGiver = false;
        var giverBeforeItems = false;
        items.Clear();

        // After the verb: recipients, givers, cues and adverbs in any order, then the item list.
        var i = verbIndex + verbLength;
        while (i < sentenceEnd && items.Count == 0)
        {
            if (_lexicon.Cues.TryMatch(view.Document, i, out var cueLength, out var cue))
            {
                i += cueLength;
                if (cue == GiftCueRole.Giver && roles.TryRead(i, sentenceEnd, out var byHand, out var after))
                {
                    giver = byHand;
                    explicitGiver = true;
                    i = after;
                }

                continue;
            }

            if (view.IsChar(i, ',') || (view.Tokens[i].IsWord && Skippable.Contains(view.Folded(i)) && !IsObjectPronoun(view, i)) || view.EntityAt(i) is { Kind: EntityKind.Date })
            {
                i = view.EntityAt(i) is { Kind: EntityKind.Date } ? view.AfterEntity(i) : i + 1;
                continue;
            }

            var word = view.Folded(i);
            if ((IsPrepositionA(view, i) || word.SequenceEqual("au") || word.SequenceEqual("aux")) && roles.TryRead(word.SequenceEqual("a") ? i + 1 : i, sentenceEnd, out var to, out var afterRecipient))
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

            var isDe = word.SequenceEqual("de") || word.SequenceEqual("d'");
            if ((word.SequenceEqual("par") || isDe || word.SequenceEqual("du")) && roles.TryRead(word.SequenceEqual("du") ? i : i + 1, sentenceEnd, out var from, out var afterGiver))
            {
                giver ??= from;
                explicitGiver = true;

                // "Y a reçu de X un …": the giver named before the items tells a present.
                giverBeforeItems = verb.Voice == GiftVoice.Recipient;
                i = SkipApposition(view, afterGiver, sentenceEnd);
                continue;
            }

            if (mutual && word.SequenceEqual("avec") && roles.TryRead(i + 1, sentenceEnd, out var partner, out var afterPartner))
            {
                recipient ??= partner;
                i = afterPartner;
                continue;
            }

            if (_items.StartsItem(view, i, sentenceEnd) || view.IsOpeningQuote(i))
            {
                var next = _items.ReadList(view, i, sentenceEnd, items, roles, agentFollows: passive || verb.Voice == GiftVoice.Recipient);
                evidence |= giverBeforeItems;
                if (items.Count == 0)
                {
                    break;
                }

                next = ExpandGenericList(view, next, sentenceEnd, items, roles);

                // "… des mains du gouverneur", "… à Xi Jinping": giver and recipient may follow the items.
                explicitGiver |= TrailingActors(view, next, sentenceEnd, verb.Voice, mutual, roles, ref giver, ref recipient);
                break;
            }

            break;
        }

        // Passive participle with its items before it: "le fusil offert par Poutine à Kim".
        if (items.Count == 0 && passive)
        {
            ReadItemsBefore(view, verbIndex, sentenceStart, items, roles);
        }

        // Fronted items: "Outre cinq drones explosifs, X avait offert à Kim …".
        for (var k = sentenceStart; k < verbIndex; k++)
        {
            if (view.IsWord(k, "outre"))
            {
                var fronted = new List<GiftItem>();
                _items.ReadList(view, k + 1, verbIndex, fronted, roles);
                items.InsertRange(0, fronted);
                break;
            }
        }

        RemoveOverlapping(items, claimed);
        if (items.Count == 0)
        {
            return null;
        }

        var anaphoric = items.Count == 1 && IsAnaphor(view, items[0]);
        if (verb.NeedsEvidence && !evidence && !anaphoric && !items.Exists(item => item.Known))
        {
            return null;
        }

        if (!anaphoric && !RemoveNonGifts(view, verbIndex, sentenceStart, sentenceEnd, items, explicitGiver))
        {
            return null;
        }

        // The subject, unless the verb is a participle used passively.
        GiftActor? second = null;
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

        if (recipient is null && HasClitic(view, verbIndex, sentenceStart, out var clitic))
        {
            // "X lui a offert …": the party last named before, other than the giver.
            recipient = new GiftActor(roles.LastPersonBefore(verbIndex, giver?.Name), view.Tokens[clitic].Start, view.Tokens[clitic].End, Counterpart: true) { Described = true };
        }

        // "son homologue", "de lui": the other party, now that the clause's parties are known.
        recipient = roles.ResolveCounterpart(recipient, giver);
        giver = roles.ResolveCounterpart(giver, recipient);

        // No one gives to themselves: a description that resolved to the other party names no one known.
        if (!mutual && giver?.Name is { } g && g == recipient?.Name)
        {
            if (giver.Value.Described)
            {
                giver = null;
            }
            else if (recipient!.Value.Described)
            {
                recipient = null;
            }
        }
        return new GiftClause(items, giver, recipient, mutual, anaphoric);
    }

    // "il lui a offert", "elle leur avait remis": auxiliaries, clitics and negation only.
    private static bool OnlyAuxiliariesBetween(EntityTokenView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!view.Tokens[k].IsWord || !(Auxiliaries.Contains(view.Folded(k)) || Skippable.Contains(view.Folded(k))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsObjectPronoun(EntityTokenView view, int index) =>
        (view.IsWord(index, "lui") || view.IsWord(index, "leur")) && index > 0 && (view.IsWord(index - 1, "de") || view.IsWord(index - 1, "par") || IsPrepositionA(view, index - 1));

    /// <summary>
    /// "plusieurs cadeaux : un vase et deux tableaux", "des présents, qui comprenaient un vase …": a generic
    /// item followed by the list it stands for gives way to that list. Returns the token after what was read.
    /// </summary>
    private int ExpandGenericList(EntityTokenView view, int next, int end, List<GiftItem> items, GiftPartyReader roles)
    {
        if (items.Count != 1 || !_lexicon.GenericItems.Contains(TextFolding.Fold(items[0].Item)))
        {
            return next;
        }

        var i = next;
        if (view.IsChar(i, ':'))
        {
            i++;
        }
        else if (view.IsChar(i, ',') && view.Tokens[i + 1 < view.Count ? i + 1 : i].IsWord && ListRelatives.Contains(view.Folded(i + 1)))
        {
            // ", qui comprenaient", ", dont", ", parmi lesquels figuraient".
            i += 2;
            while (i < end && i < next + 6 && !(view.Tokens[i].IsWord && _lexicon.ListIntroducers.Contains(view.Folded(i))) && !_items.StartsItem(view, i, end))
            {
                i++;
            }

            if (i < end && view.Tokens[i].IsWord && _lexicon.ListIntroducers.Contains(view.Folded(i)))
            {
                i++;
            }

            while (i < end && view.Tokens[i].IsWord && Skippable.Contains(view.Folded(i)))
            {
                i++;
            }
        }
        else
        {
            return next;
        }

        var listed = new List<GiftItem>();
        var after = _items.ReadList(view, i, end, listed, roles);
        if (listed.Count == 0)
        {
            return next;
        }

        items.Clear();
        items.AddRange(listed);
        return after;
    }

    // "ce cadeau", "ces présents", "ce sabre" after a gift with that item: the previous gift, told further.
    private bool IsAnaphor(EntityTokenView view, GiftItem item) =>
        AnaphoricDeterminers.Contains(view.Folded(item.FirstToken)) && item.EndToken == item.FirstToken + 2 && _lexicon.GenericItems.Contains(TextFolding.Fold(item.Item));

    /// <summary>
    /// Drops what is no present (non-gifts.tsv): a treat ("se faire offrir un verre"), a competition's prize
    /// with no named giver, a price after the items, a sale in the clause. False when nothing is left.
    /// </summary>
    private bool RemoveNonGifts(EntityTokenView view, int verbIndex, int sentenceStart, int sentenceEnd, List<GiftItem> items, bool explicitGiver)
    {
        for (var k = sentenceStart; k < sentenceEnd; k++)
        {
            if (view.Tokens[k].IsWord && _lexicon.NonGifts.TryGetValue(view.Folded(k), out var kind)
                && (kind == NonGiftKind.Sale || (kind == NonGiftKind.Price && k >= items[^1].EndToken && k <= items[^1].EndToken + 3)))
            {
                return false;
            }
        }

        var causative = false;
        for (var k = verbIndex - 1; k >= sentenceStart && k >= verbIndex - 3; k--)
        {
            causative |= view.Tokens[k].IsWord && CausativeFaire.Contains(view.Folded(k));
        }

        var kept = 0;
        for (var n = 0; n < items.Count; n++)
        {
            var item = items[n];
            var head = view.Folded(HeadOf(view, item));
            var rate = item.Count is null && view.EntityAt(item.FirstToken) is { Kind: EntityKind.Quantity } && item.EndToken < sentenceEnd
                && view.Tokens[item.EndToken].IsWord && _lexicon.NonGifts.TryGetValue(view.Folded(item.EndToken), out var after) && after == NonGiftKind.Rate;
            var drop = rate || _lexicon.NonGifts.TryGetValue(head, out var kind)
                && ((kind == NonGiftKind.Treat && (causative || item.EndToken - item.FirstToken <= 2))
                    || (kind == NonGiftKind.Prize && !explicitGiver));
            if (!drop)
            {
                items[kept++] = item;
            }
        }

        items.RemoveRange(kept, items.Count - kept);
        return items.Count > 0;
    }

    // The head follows the determiner, or a number of several words ("deux cents").
    private static int HeadOf(EntityTokenView view, GiftItem item)
    {
        var k = item.FirstToken + 1;
        while (k < item.EndToken - 1 && view.EntityAt(k) is { Kind: EntityKind.Number })
        {
            k++;
        }

        return Math.Min(k, item.EndToken - 1);
    }

    private bool TrailingActors(EntityTokenView view, int i, int end, GiftVoice voice, bool mutual, GiftPartyReader roles, ref GiftActor? giver, ref GiftActor? recipient)
    {
        var explicitGiver = false;
        for (var step = 0; step < 2 && i < end; step++)
        {
            while (i < end && (view.IsChar(i, ',') || view.EntityAt(i) is { Kind: EntityKind.Date } || (view.Tokens[i].IsWord && Skippable.Contains(view.Folded(i)) && !view.IsWord(i, "en"))))
            {
                i = view.AfterEntity(i);
            }

            if (i >= end)
            {
                return explicitGiver;
            }

            // After a received item, "de X" names the giver ("a reçu deux vases d'Angela Merkel"); after
            // a given one it would be a possessor, so only the receiving voice reads it.
            if (voice == GiftVoice.Recipient && (view.IsWord(i, "de") || view.IsWord(i, "d'") || view.IsWord(i, "du")))
            {
                var du = view.IsWord(i, "du");
                if (roles.TryRead(du ? i : i + 1, end, out var from, out var afterFrom) && from.Name is not null)
                {
                    giver ??= from;
                    explicitGiver = true;
                    i = afterFrom;
                    continue;
                }
            }

            if (_lexicon.Cues.TryMatch(view.Document, i, out var length, out var cue) && cue is GiftCueRole.Giver or GiftCueRole.Evidence)
            {
                if (cue == GiftCueRole.Evidence)
                {
                    i += length; // "… en cadeau à Xi Jinping"
                    continue;
                }

                if (roles.TryRead(i + length, end, out var byHand, out var afterGiver))
                {
                    giver ??= byHand;
                    explicitGiver = true;
                    i = afterGiver;
                    continue;
                }

                return explicitGiver;
            }

            if (view.IsWord(i, "par") && roles.TryRead(i + 1, end, out var agent, out var afterAgent))
            {
                giver ??= agent;
                explicitGiver = true;
                i = afterAgent;
            }
            else if ((IsPrepositionA(view, i) || view.IsWord(i, "au") || view.IsWord(i, "aux")) && roles.TryRead(IsPrepositionA(view, i) ? i + 1 : i, end, out var to, out var afterRecipient))
            {
                recipient ??= to;
                i = afterRecipient;
            }
            else if (mutual && view.IsWord(i, "avec") && roles.TryRead(i + 1, end, out var partner, out var afterPartner))
            {
                recipient ??= partner;
                i = afterPartner;
            }
            else
            {
                return explicitGiver;
            }
        }

        return explicitGiver;
    }

    /// <summary>
    /// The subject of the verb: scanning back within the sentence, the nearest person, organisation or place
    /// not governed by a preposition; else a role description ("le président chinois"), "les deux X" (the
    /// two persons last named), or "il"/"elle" (the subject of the sentence before).
    /// </summary>
    private GiftActor? ReadSubject(EntityTokenView view, int verbIndex, int sentenceStart, GiftPartyReader roles, out GiftActor? second)
    {
        second = null;
        GiftActor? role = null;
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
            if (entity is { Kind: EntityKind.Person or EntityKind.Organization or EntityKind.Location } && entity.Start == view.Tokens[k].Start)
            {
                if (IsSubjectPosition(view, k, sentenceStart, out var mentionStart))
                {
                    var actor = new GiftActor(entity.Canonical, mentionStart, entity.End);

                    // "Vladimir Poutine et Kim ont …": a coordinated pair is a plural subject.
                    var before = k - 1;
                    if (before - 1 >= sentenceStart && view.IsWord(before, "et") && view.EntityAt(before - 1) is { Kind: EntityKind.Person or EntityKind.Organization or EntityKind.Location } first && first.Canonical != entity.Canonical)
                    {
                        second = actor;
                        return new GiftActor(first.Canonical, first.Start, first.End);
                    }

                    return actor;
                }

                continue;
            }

            if (role is null && depth == 0 && view.Tokens[k].IsWord && roles.StartsRole(k))
            {
                // "les deux dirigeants": the two persons named last, before this sentence.
                if (k >= 2 && view.IsWord(k - 1, "deux") && (view.IsWord(k - 2, "les") || view.IsWord(k - 2, "ces")))
                {
                    var pair = LastTwoPersons(view, k);
                    if (pair is { } p)
                    {
                        second = new GiftActor(p.Second, view.Tokens[k - 2].Start, view.Tokens[k].End);
                        return new GiftActor(p.First, view.Tokens[k - 2].Start, view.Tokens[k].End);
                    }
                }

                var start = roles.DescriptionStart(k, sentenceStart);
                if (roles.TryRead(start, verbIndex, out var described, out _))
                {
                    role = described;
                }
            }

            if (k == verbIndex - 1 || (k >= verbIndex - 4 && OnlyAuxiliariesBetween(view, k + 1, verbIndex)))
            {
                if (view.Tokens[k].IsWord && SubjectPronouns.Contains(view.Folded(k)))
                {
                    return role ?? new GiftActor(roles.PreviousSubject(k, exclude: null), view.Tokens[k].Start, view.Tokens[k].End) { Described = true };
                }
            }
        }

        return role;
    }

    // A name is a subject unless a preposition governs it ("à Pékin", "de la ville de Kyoto" is one when
    // "la ville de" itself stands in subject position). The mention starts at the designator or civility.
    private bool IsSubjectPosition(EntityTokenView view, int k, int sentenceStart, out int mentionStart)
    {
        mentionStart = view.Tokens[k].Start;
        var before = k - 1;
        if (before - 1 >= sentenceStart && view.IsChar(before, '.') && view.Tokens[before - 1].IsWord && _lexicon.Parties.Civilities.Contains(view.Folded(before - 1)))
        {
            before -= 2; // "M." split into "M" and "."
        }
        else if (before >= sentenceStart && view.Tokens[before].IsWord && _lexicon.Parties.Civilities.Contains(view.Folded(before)))
        {
            before--;
        }

        // "la ville de Kyoto", "le gouvernement du Japon": the designator's own position decides.
        var de = before;
        if (de >= sentenceStart && (view.IsWord(de, "la") || view.IsWord(de, "l'")))
        {
            de--;
        }

        if (de - 1 >= sentenceStart && (view.IsWord(de, "de") || view.IsWord(de, "d'") || view.IsWord(de, "du")) && view.Tokens[de - 1].IsWord && _lexicon.Parties.Designators.Contains(view.Folded(de - 1)))
        {
            before = de - 2;
            mentionStart = view.Tokens[de - 1].Start;
        }

        if (before >= sentenceStart && view.Tokens[before].IsWord && (view.IsWord(before, "le") || view.IsWord(before, "la") || view.IsWord(before, "l'") || view.IsWord(before, "les")))
        {
            before--;
        }

        return before < sentenceStart || !(view.Tokens[before].IsWord && PrepositionsBeforeNonSubject.Contains(view.Folded(before)) && !IsVerbA(view, before));
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


    // "Le fusil offert par …", "Un cheval a été offert à …": the item ends right before the participle,
    // or before its auxiliaries.
    private void ReadItemsBefore(EntityTokenView view, int verbIndex, int sentenceStart, List<GiftItem> items, GiftPartyReader roles)
    {
        var end = verbIndex;
        while (end - 1 >= sentenceStart && view.Tokens[end - 1].IsWord && (Auxiliaries.Contains(view.Folded(end - 1)) || Skippable.Contains(view.Folded(end - 1))))
        {
            end--;
        }

        for (var k = end - 1; k >= sentenceStart && k >= end - 8; k--)
        {
            if (_items.TryReadItem(view, k, end, out var item, roles) && item.EndToken == end)
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

    private static bool HasClitic(EntityTokenView view, int verbIndex, int sentenceStart, out int clitic)
    {
        for (clitic = verbIndex - 1; clitic >= sentenceStart && clitic >= verbIndex - 4; clitic--)
        {
            if (view.IsWord(clitic, "lui") || view.IsWord(clitic, "leur"))
            {
                return true;
            }
        }

        return false;
    }

}
