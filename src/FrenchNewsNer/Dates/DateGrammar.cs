using System.Numerics;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>A date expression found in a document: its tokens [<see cref="Start"/>, <see cref="End"/>) and what it says.</summary>
/// <param name="Start">The first token.</param>
/// <param name="End">The token after the last one.</param>
/// <param name="Expression">What the mention says.</param>
internal readonly record struct DateMention(int Start, int End, DateExpression Expression);

/// <summary>
/// The French date grammar, read off the token array in one left-to-right pass: at each token the longest
/// expression that starts there is taken, and every rule looks at a bounded number of tokens before and
/// after, so the pass is linear and never backtracks.
/// </summary>
/// <remarks>
/// Span conventions (FORMAT.md, following the gold's majority): a preposition before the expression stays
/// outside ("en avril" → "avril", "à 17 h" → "17 h", "vers midi" → "midi", "au troisième trimestre" →
/// "troisième trimestre"); so does "le" before a day number or a weekday ("le 13 septembre" →
/// "13 septembre"). A definite article or a demonstrative that makes a period noun a date is inside
/// ("la semaine dernière", "l'année 2001", "la veille", "cette semaine", "la fin de l'année dernière").
/// "dernier", "prochain", "début", "fin" and a part of the day are inside ("6 mai dernier", "fin
/// septembre", "hier matin", "8 heures du matin"). A clock time joins the day before it only through
/// "à" or directly ("mardi à 15 heures", "jeudi 3 juin 12h55"); after "vers" or a comma it is a mention
/// of its own.
/// </remarks>
internal sealed partial class DateGrammar
{
    // A thread keeps the word ids of documents up to this many tokens (4 bytes each).
    private const int MaxPooledWordIds = 1 << 18;

    [ThreadStatic]
    private static int[]? t_wordIds;

    private readonly DateLexicon _lexicon;
    private readonly FrenchNumberParser _numbers;
    private readonly DateStartFilter _starts;

    /// <summary>Creates the grammar over a lexicon and a number parser (for day numbers and hours in words).</summary>
    public DateGrammar(DateLexicon lexicon, FrenchNumberParser numbers)
    {
        _lexicon = lexicon;
        _numbers = numbers;
        _starts = new DateStartFilter(lexicon, numbers);
    }

    /// <summary>Finds every date mention of <paramref name="document"/>, in text order, without overlap.</summary>
    public List<DateMention> Parse(Document document) => Run(document, new List<DateMention>(), filtered: true);

    /// <summary>
    /// <see cref="Parse(Document)"/> into a list the caller owns (and may reuse; <paramref name="into"/> must be
    /// empty), leaving in <paramref name="wordIds"/> (at least as long as the tokens) each token's id in
    /// <see cref="DateLexicon.Words"/> in the low <see cref="DateWordTable.IdBits"/> bits, for <see cref="TenseCues"/>.
    /// </summary>
    internal void Parse(Document document, List<DateMention> into, int[] wordIds) =>
        new Reader(document, _lexicon, _numbers, _starts, filtered: true, wordIds, into).Run();

    /// <summary>Fills <paramref name="wordIds"/> as <see cref="Parse(Document, List{DateMention}, int[])"/> does, without parsing.</summary>
    internal void LookUpWords(Document document, int[] wordIds) =>
        new Reader(document, _lexicon, _numbers, _starts, filtered: false, wordIds, []).LookUpTokens();

    /// <summary>
    /// <see cref="Parse(Document)"/> with every rule tried at every token: what the start filter must never change
    /// (the tests compare both on varied text, so a rule that starts at a new word fails there first).
    /// </summary>
    internal List<DateMention> ParseWithoutStartFilter(Document document) => Run(document, new List<DateMention>(), filtered: false);

    private List<DateMention> Run(Document document, List<DateMention> into, bool filtered)
    {
        // The word ids of a document's tokens go to an array per thread, reused from one document to the
        // next; taken out of the slot while in use, so a nested call on the same thread gets one of its own.
        var ids = t_wordIds;
        t_wordIds = null;
        if (ids is null || ids.Length < document.Tokens.Length)
        {
            ids = new int[(int)Math.Min(Array.MaxLength, BitOperations.RoundUpToPowerOf2((uint)Math.Max(256, document.Tokens.Length)))];
        }

        try
        {
            return new Reader(document, _lexicon, _numbers, _starts, filtered, ids, into).Run();
        }
        finally
        {
            if (ids.Length <= MaxPooledWordIds)
            {
                t_wordIds = ids;
            }
        }
    }

    /// <summary>The state of one pass over one document; a struct on the stack, not an object per document.</summary>
    private partial struct Reader
    {
        private const int RulesShift = DateWordTable.IdBits;
        private const int IdMask = DateWordTable.IdMask;

        private readonly Document _doc;
        private readonly TokenList _tokens;
        private readonly DateLexicon _lex;
        private readonly FrenchNumberParser _numbers;
        private readonly List<DateMention> _mentions;
        private readonly DateStartFilter _starts;
        private readonly bool _filtered;

        // Per token, the id in the grammar's word table (low 16 bits; 0: not a word, or one no list holds) and
        // the rules that may start there (high bits): every list look-up of a token, by whichever rule, reads
        // the id here instead of hashing the token again, and the main loop reads the rules.
        private readonly int[] _ids;
        private readonly DateWord?[] _words;

        public Reader(Document document, DateLexicon lexicon, FrenchNumberParser numbers, DateStartFilter starts, bool filtered, int[] ids, List<DateMention> mentions)
        {
            _mentions = mentions;
            _starts = starts;
            _filtered = filtered;
            _doc = document;
            _tokens = document.Tokens;
            _lex = lexicon;
            _numbers = numbers;
            _ids = ids;
            _words = starts.Words.Words;
        }

        public List<DateMention> Run()
        {
            LookUpTokens();
            for (var i = 0; i < _tokens.Length;)
            {
                var rules = (DateRules)(_ids[i] >>> RulesShift);
                if (rules == DateRules.None || _tokens[i].IsPunctuation || !TryMatch(i, rules, out var mention))
                {
                    i++;
                    continue;
                }

                _mentions.Add(mention);
                i = mention.End;
            }

            return _mentions;
        }

        /// <summary>
        /// Fills <see cref="_ids"/>: each token's word id and start rules (all of them, unfiltered). Backwards,
        /// so that the filter knows at each token whether a month name or "heure(s)" comes at or after it,
        /// and the next token's id, in the same pass.
        /// </summary>
        public void LookUpTokens()
        {
            var table = _starts.Words;
            var tokens = _tokens;
            var shadow = _doc.ShadowSpan;
            var monthFollows = false;
            var heureFollows = false;
            var nextId = 0;
            for (var i = tokens.Length - 1; i >= 0; i--)
            {
                var token = tokens[i];
                var id = 0;
                if (token.IsWord)
                {
                    id = table.IdOf(shadow[token.FoldStart..token.FoldEnd]);
                    if (id != 0)
                    {
                        var kinds = _words[id]!.Kinds;
                        monthFollows |= (kinds & DateWordKinds.Month) != 0;
                        heureFollows |= (kinds & DateWordKinds.Heure) != 0;
                    }
                }

                var rules = _filtered ? _starts.RulesAt(_doc, i, _words[id], nextId, monthFollows, heureFollows) : DateRules.All;
                _ids[i] = id | ((int)rules << RulesShift);
                nextId = id;
            }
        }

        private bool TryMatch(int i, DateRules rules, out DateMention best)
        {
            best = default;
            var found = false;
            // Every rule proposes what starts at i; the longest wins, the earlier rule on a tie.
            var m = default(DateMention);
            if ((rules & DateRules.Vague) != 0 && TryVague(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Determiner) != 0 && TryDeterminer(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Boundary) != 0 && TryBoundary(i, i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.RelativeDay) != 0 && TryRelativeDay(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.DayCore) != 0 && TryDayCore(i, i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.CoordinatedDay) != 0 && TryCoordinatedDay(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Month) != 0 && TryMonth(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Year) != 0 && TryYear(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Season) != 0 && TrySeason(i, i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.PartOfYear) != 0 && TryPartOfYear(i, i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Time) != 0 && TryTime(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Offset) != 0 && TryOffset(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Offset) != 0 && TryStretch(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.ContractedPeriod) != 0 && TryContractedPeriod(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Set) != 0 && TrySet(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            if ((rules & DateRules.Holiday) != 0 && TryHoliday(i, out m))
            {
                Keep(ref best, ref found, m);
            }

            return found;
        }

        private static void Keep(ref DateMention best, ref bool found, DateMention candidate)
        {
            if (!found || candidate.End > best.End)
            {
                best = candidate;
                found = true;
            }
        }

        // ---- vague references -------------------------------------------------------------------

        private bool TryVague(int i, out DateMention mention)
        {
            mention = default;
            if (!_tokens[i].IsWord)
            {
                return false;
            }

            if (_lex.Vague.TryMatch(_doc, i, out var count, out var timex) && (!Word(i, "a") || IsA(i)))
            {
                // "penser à l'avenir", "préparer l'avenir": the future as a topic, not a time.
                if ((CuesOf(i - 1) & CueRoles.Topic) != 0)
                {
                    return false;
                }

                mention = new DateMention(i, i + count, Literal(timex));
                return true;
            }

            // A fronted "Aujourd'hui," sets the present against the past ("Aujourd'hui, la ville a
            // changé"), not the publication day; unless a clock time follows ("Aujourd'hui, à 15 h, …").
            if (Word(i, "aujourd'hui") && IsSentenceInitial(i) && IsPunct(i + 1, ',') && !TryClock(i + 2, out _) && !(IsA(i + 2) && TryClock(i + 3, out _)))
            {
                mention = new DateMention(i, i + 1, Literal("PRESENT_REF"));
                return true;
            }

            return false;
        }

        // ---- "ce", "cette", "le", "la", "l'", "les" + period -------------------------------------

        private bool TryDeterminer(int i, out DateMention mention)
        {
            mention = default;
            var j = i + 1;
            if (Word(i, "ce") || Word(i, "cet") || Word(i, "cette"))
            {
                if (Word(j, "meme") && TryWeekdayWord(j + 1, out var sameDay, out var abbreviated, out var afterSame) && !abbreviated)
                {
                    var e = new DateExpression { Form = DateForm.Weekday, Weekday = sameDay, Anaphoric = true };
                    return DayWithSuffixes(i, afterSame, e, out mention);
                }

                if (TryWeekdayWord(j, out var weekday, out abbreviated, out var afterWeekday) && !abbreviated)
                {
                    if (TryDayCore(j, i, out mention) && mention.Expression.Day > 0)
                    {
                        return true; // "ce lundi 6 septembre"
                    }

                    var e = new DateExpression { Form = DateForm.Weekday, Weekday = weekday, This = true };
                    return DayWithSuffixes(i, afterWeekday, e, out mention);
                }

                if (TryPeriodWord(j, out var unit, out var suffix))
                {
                    if (unit == PeriodUnit.Day && suffix != PeriodSuffix.La)
                    {
                        return false; // "ce jour" alone is "to date", not a day
                    }

                    var e = new DateExpression { Form = DateForm.Period, Unit = unit, Amount = 0, Anaphoric = suffix == PeriodSuffix.La, This = true };
                    return unit == PeriodUnit.Day ? DayWithSuffixes(i, j + 1, e, out mention) : Found(i, j + 1, e, out mention);
                }

                if (TrySeasonWord(j, out var season))
                {
                    return Found(i, j + 1, new DateExpression { Form = DateForm.Season, Season = season, This = true }, out mention);
                }

                if (TryMonthWord(j, out var month, out var monthAbbreviated, out var afterMonth) && !monthAbbreviated)
                {
                    return Found(i, afterMonth, new DateExpression { Form = DateForm.Calendar, Month = month, This = true }, out mention);
                }

                // "ce soir", "cette nuit", "cet après-midi"; "cette soirée" and "cette journée" are more
                // often the event ("Cette soirée, qui sera animée par …").
                if (TryDayPartWord(j, out var part) && part.AfterDay)
                {
                    return Found(i, j + 1, new DateExpression { Form = DateForm.DayPartOnly, DayPart = part.Code, This = true }, out mention);
                }

                if (TryClockWord(j, out var clock))
                {
                    return Found(i, j + 1, new DateExpression { Form = DateForm.TimeOnly, Hour = clock.Hour, Minute = clock.Minute, This = true }, out mention);
                }

                return false;
            }

            if (Word(i, "le") || Word(i, "la") || Word(i, "l'"))
            {
                return TryArticle(i, out mention);
            }

            if (Word(i, "les"))
            {
                // "les années 1990", "les années 90"
                if (Word(j, "annees") && TryDecade(j + 1, out var decade, out var afterDecade))
                {
                    return Found(i, afterDecade, new DateExpression { Form = DateForm.Decade, Amount = decade }, out mention);
                }

                // "les mois d'été"
                if (Word(j, "mois") && IsDe(j + 1) && TrySeasonWord(j + 2, out var season))
                {
                    return Found(i, j + 3, new DateExpression { Form = DateForm.Season, Season = season }, out mention);
                }
            }

            return false;
        }

        private bool TryArticle(int i, out DateMention mention)
        {
            mention = default;
            var j = i + 1;
            if (TryRelativeDayWord(j, out var relative) && relative.Article != ArticleUse.None)
            {
                var e = new DateExpression { Form = DateForm.RelativeDay, Amount = relative.Offset, Anaphoric = relative.Anaphoric };
                return DayWithSuffixes(i, j + 1, e, out mention);
            }

            // "la nouvelle année": the year that is starting, or about to.
            if (Word(i, "la") && Word(j, "nouvelle") && TryPeriodWord(j + 1, out var newUnit, out var newSuffix) && newUnit == PeriodUnit.Year && newSuffix == PeriodSuffix.None)
            {
                return Found(i, j + 2, new DateExpression { Form = DateForm.Period, Unit = PeriodUnit.Year, Coming = true }, out mention);
            }

            if (TryPeriodWord(j, out var unit, out var suffix) && suffix == PeriodSuffix.None)
            {
                if (TryModifier(j + 1, out var modifier))
                {
                    var e = new DateExpression { Form = DateForm.Period, Unit = unit, Amount = modifier.Direction, Anaphoric = modifier.Anaphoric };
                    return unit == PeriodUnit.Day ? DayWithSuffixes(i, j + 2, e, out mention) : Found(i, j + 2, e, out mention);
                }

                if (unit == PeriodUnit.Year && TryFourDigitYear(j + 1, out var year))
                {
                    return Found(i, j + 2, new DateExpression { Form = DateForm.Calendar, Year = year }, out mention); // "l'année 2001"
                }

                if (unit == PeriodUnit.Month && IsDe(j + 1) && TryMonthWord(j + 2, out var month, out var abbreviated, out var afterMonth) && !abbreviated)
                {
                    return MonthWithYear(i, afterMonth, month, out mention); // "le mois de juin"
                }

                if (unit == PeriodUnit.Day && Word(j + 1, "meme"))
                {
                    var e = new DateExpression { Form = DateForm.Period, Unit = PeriodUnit.Day, Anaphoric = true };
                    return DayWithSuffixes(i, j + 2, e, out mention); // "le jour même"
                }

                return false;
            }

            if (TrySeason(j, i, out mention))
            {
                return true; // "l'été 2020", "l'hiver dernier"
            }

            if (TryPartOfYear(j, i, out mention))
            {
                return true; // "le troisième trimestre"
            }

            if (TryBoundary(j, i, out mention))
            {
                return true; // "la fin de l'année dernière"
            }

            if (TryDayPartWord(j, out var part))
            {
                return TryArticleDayPart(i, j, part, out mention);
            }

            return false;
        }

        /// <summary>"la nuit", "la soirée", "le matin même", "la nuit de samedi à dimanche", "la nuit dernière".</summary>
        private bool TryArticleDayPart(int i, int j, DayPartWord part, out DateMention mention)
        {
            mention = default;
            if (Word(j + 1, "meme"))
            {
                return Found(i, j + 2, new DateExpression { Form = DateForm.DayPartOnly, DayPart = part.Code }, out mention);
            }

            if (TryModifier(j + 1, out var modifier) && modifier.Direction < 0)
            {
                // "la nuit dernière": the night before the publication date (or before the day talked about).
                var e = new DateExpression { Form = DateForm.RelativeDay, Amount = -1, Anaphoric = modifier.Anaphoric, DayPart = part.Code };
                return Found(i, j + 2, e, out mention);
            }

            if ((IsDe(j + 1) || Word(j + 1, "du")) && TryWeekdayWord(j + 2, out var weekday, out var abbreviated, out var afterWeekday) && !abbreviated)
            {
                var end = afterWeekday;
                if (IsA(end) && TryWeekdayWord(end + 1, out _, out abbreviated, out var afterSecond) && !abbreviated)
                {
                    end = afterSecond; // "la nuit de samedi à dimanche" is the night that starts on Saturday
                }

                return Found(i, end, new DateExpression { Form = DateForm.Weekday, Weekday = weekday, DayPart = part.Code }, out mention);
            }

            // Otherwise the bare noun is a date only inside a temporal prepositional phrase ("dans la
            // nuit", "pendant la nuit", "au cours de la soirée") and not followed by a complement ("la
            // nuit des temps").
            var before = i - 1;
            var gated = Word(before, "dans") || Word(before, "pendant") || Word(before, "durant")
                || (IsDe(before) && Word(before - 1, "cours"));
            var next = j + 1;
            if (!gated || IsDe(next) || Word(next, "du") || Word(next, "des"))
            {
                return false;
            }

            return Found(i, j + 1, new DateExpression { Form = DateForm.DayPartOnly, DayPart = part.Code }, out mention);
        }

        /// <summary>
        /// After a contracted article ("du", "au", "des", "aux") the period starts at its noun: "du mois
        /// dernier" → "mois dernier", "des années 80" → "années 80".
        /// </summary>
        private bool TryContractedPeriod(int i, out DateMention mention)
        {
            mention = default;
            var before = i - 1;
            if (!(Word(before, "du") || Word(before, "au") || Word(before, "des") || Word(before, "aux")))
            {
                return false;
            }

            if (Word(i, "annees") && TryDecade(i + 1, out var decade, out var afterDecade))
            {
                return Found(i, afterDecade, new DateExpression { Form = DateForm.Decade, Amount = decade }, out mention);
            }

            if (TryPeriodWord(i, out var unit, out var suffix) && suffix == PeriodSuffix.None && unit != PeriodUnit.Day && TryModifier(i + 1, out var modifier))
            {
                var e = new DateExpression { Form = DateForm.Period, Unit = unit, Amount = modifier.Direction, Anaphoric = modifier.Anaphoric };
                return Found(i, i + 2, e, out mention);
            }

            return false;
        }

        /// <summary>The decade after "années": "1990" → 199, "90" → 199, "quatre-vingt-dix" → 199, "2000" → 200.</summary>
        private bool TryDecade(int i, out int decade, out int end)
        {
            decade = 0;
            end = i + 1;
            if (IsPlainNumber(i, out var digits, out var value) && !IsGluedWordAfter(i) && value % 10 == 0)
            {
                if (digits == 4 && value >= 1000)
                {
                    decade = value / 10;
                    return true;
                }

                if (digits == 2)
                {
                    decade = 190 + value / 10; // "les années 80": the twentieth century, as French uses it
                    return true;
                }

                return false;
            }

            if (IsWordAt(i) && _numbers.TryMatch(_doc, i, out var number) && !number.Ordinal && number.Value is 20 or 30 or 40 or 50 or 60 or 70 or 80 or 90)
            {
                decade = 190 + (int)number.Value / 10; // "les années quatre-vingt-dix"
                end = number.NextToken;
                return true;
            }

            return false;
        }

        // ---- "début", "fin", "mi-" -----------------------------------------------------------------

        /// <summary>"fin septembre", "début 2024", "mi-novembre", "(la) fin de l'année dernière", "fin du mois".</summary>
        private bool TryBoundary(int i, int start, out DateMention mention)
        {
            mention = default;
            if (!IsWordAt(i))
            {
                return false;
            }

            var folded = Fold(i);
            if (start == i && folded.StartsWith("mi-") && folded.Length > 3)
            {
                // "mi-novembre", "mi-2024": one hyphenated token.
                var rest = folded[3..];
                if (_lex.Months.TryGetValue(rest, out var midMonth) && !midMonth.Abbreviation)
                {
                    return MonthWithYear(start, i + 1, midMonth.Month, out mention);
                }

                if (rest.Length == 4 && int.TryParse(rest, out var midYear) && midYear >= 1000)
                {
                    return Found(start, i + 1, new DateExpression { Form = DateForm.Calendar, Year = midYear }, out mention);
                }

                return false;
            }

            if (!(folded.SequenceEqual("debut") || folded.SequenceEqual("fin") || folded.SequenceEqual("milieu") || (folded.SequenceEqual("courant") && start == i)))
            {
                return false;
            }

            var j = i + 1;
            if (start == i && !folded.SequenceEqual("milieu"))
            {
                if (TryMonthWord(j, out var month, out var abbreviated, out var afterMonth) && !abbreviated)
                {
                    return MonthWithYear(start, afterMonth, month, out mention);
                }

                if (TryFourDigitYear(j, out var year) && FollowsYear(j + 1))
                {
                    return Found(start, j + 1, new DateExpression { Form = DateForm.Calendar, Year = year }, out mention);
                }
            }

            // (de | d' | du) + a period
            var k = j;
            var implicitArticle = false;
            if (Word(k, "du"))
            {
                implicitArticle = true;
                k++;
            }
            else if (IsDe(k))
            {
                k++;
            }
            else
            {
                return false;
            }

            var determined = implicitArticle;
            var demonstrative = false;
            if (!implicitArticle && (Word(k, "l'") || Word(k, "la") || Word(k, "le")))
            {
                determined = true;
                k++;
            }
            else if (!implicitArticle && (Word(k, "cette") || Word(k, "ce") || Word(k, "cet")))
            {
                demonstrative = true;
                k++;
            }

            // "en milieu de matinée", "en fin d'après-midi", "début de soirée": a part of the day the text talks about.
            if (!demonstrative && TryDayPartWord(k, out var part))
            {
                return Found(start, k + 1, new DateExpression { Form = DateForm.DayPartOnly, DayPart = part.Code }, out mention);
            }

            if (TryPeriodWord(k, out var unit, out var suffix) && suffix == PeriodSuffix.None && unit is not (PeriodUnit.Day or PeriodUnit.WeekEnd))
            {
                if (!demonstrative && TryModifier(k + 1, out var modifier))
                {
                    var e = new DateExpression { Form = DateForm.Period, Unit = unit, Amount = modifier.Direction, Anaphoric = modifier.Anaphoric };
                    return Found(start, k + 2, e, out mention);
                }

                if (unit == PeriodUnit.Year && TryFourDigitYear(k + 1, out var periodYear))
                {
                    return Found(start, k + 2, new DateExpression { Form = DateForm.Calendar, Year = periodYear }, out mention);
                }

                // "fin d'année", "début de l'année", "fin du mois", "début de cette semaine": the current one.
                return Found(start, k + 1, new DateExpression { Form = DateForm.Period, Unit = unit, Amount = 0, This = true }, out mention);
            }

            if (!determined && !demonstrative)
            {
                if (TryMonthWord(k, out var month, out var abbreviated, out var afterMonth) && !abbreviated)
                {
                    return MonthWithYear(start, afterMonth, month, out mention);
                }

                if (TryFourDigitYear(k, out var year) && FollowsYear(k + 1))
                {
                    return Found(start, k + 1, new DateExpression { Form = DateForm.Calendar, Year = year }, out mention);
                }
            }

            return false;
        }

        // ---- relative days ---------------------------------------------------------------------------

        private bool TryRelativeDay(int i, out DateMention mention)
        {
            mention = default;
            if (!TryRelativeDayWord(i, out var relative) || relative.Article == ArticleUse.Required)
            {
                return false;
            }

            var e = new DateExpression { Form = DateForm.RelativeDay, Amount = relative.Offset, Anaphoric = relative.Anaphoric };
            var end = i + 1;
            if (!relative.Anaphoric && TryWeekdayWord(end, out _, out var abbreviated, out var afterWeekday) && !abbreviated)
            {
                end = afterWeekday; // "aujourd'hui vendredi", "hier dimanche"
            }

            return DayWithSuffixes(i, end, e, out mention);
        }

        // ---- weekdays and day numbers ---------------------------------------------------------------

        /// <summary>
        /// A day: "[weekday] day month [year] [dernier|prochain]", "weekday [dernier|prochain]",
        /// "weekday day", numeric dates, each with an optional part of the day and clock time.
        /// </summary>
        private bool TryDayCore(int i, int start, out DateMention mention)
        {
            mention = default;
            var j = i;
            var weekday = 0;
            var abbreviatedWeekday = false;
            if (TryWeekdayWord(i, out weekday, out abbreviatedWeekday, out var afterWeekday))
            {
                // A weekday followed by a day and a month is a date whatever its case ("Dimanche 5 janvier").
                var dated = TryDayNumber(afterWeekday, out _, out var afterItsDay) && TryMonthWord(afterItsDay, out _, out _, out _);
                if (!abbreviatedWeekday && !dated && !WeekdayLooksLikeADate(i))
                {
                    return false;
                }

                j = afterWeekday;
            }

            if (TryDayNumber(j, out var day, out var afterDay))
            {
                if (TryMonthWord(afterDay, out var month, out var abbreviatedMonth, out var afterMonth))
                {
                    var year = 0;
                    var twoDigits = false;
                    var end = afterMonth;
                    if (TryYearAfterMonth(end, out year, out twoDigits))
                    {
                        end++;
                    }
                    else if (IsDe(end) && TryFourDigitYear(end + 1, out year))
                    {
                        end += 2; // "23 novembre de 1987"
                    }
                    else if (abbreviatedMonth && !IsPunct(afterMonth - 1, '.'))
                    {
                        return false; // "13 sept" without a stop or a year: the number seven
                    }

                    if (day > DateTime.DaysInMonth(year > 0 && !twoDigits ? year : 2000, month))
                    {
                        return false;
                    }

                    var modifier = Direction.None;
                    if (year == 0 && TryModifier(end, out var m) && !m.Anaphoric)
                    {
                        modifier = (Direction)m.Direction;
                        end++;
                    }

                    var e = new DateExpression { Form = DateForm.Calendar, Year = year, TwoDigitYear = twoDigits, Month = month, Day = day, Weekday = weekday, Modifier = modifier };
                    return DayWithSuffixes(start, end, e, out mention);
                }

                // "le 17 de 14 h à 16 h", "le 17 entre 14 h et 16 h": a bare day number the time range after it
                // dates (the composer joins them; the article stays out, as Recognizers-Text writes it).
                if (weekday == 0 && Word(i - 1, "le") && TimeRangeAt(afterDay))
                {
                    return Found(i, afterDay, new DateExpression { Form = DateForm.Calendar, Day = day }, out mention);
                }

                if (weekday > 0 && !abbreviatedWeekday && AfterBareDayNumber(afterDay))
                {
                    var e = new DateExpression { Form = DateForm.Calendar, Day = day, Weekday = weekday };
                    return DayWithSuffixes(start, afterDay, e, out mention); // "vendredi 3"
                }
            }

            if (TryNumericDate(j, out var numeric, out var afterNumeric))
            {
                numeric = numeric with { Weekday = numeric.Day > 0 ? weekday : 0 };
                if (weekday > 0 && numeric.Day == 0)
                {
                    return false;
                }

                return numeric.Day > 0 ? DayWithSuffixes(start, afterNumeric, numeric, out mention) : Found(start, afterNumeric, numeric, out mention);
            }

            if (weekday > 0 && !abbreviatedWeekday)
            {
                var e = new DateExpression { Form = DateForm.Weekday, Weekday = weekday };
                var end = afterWeekday;
                if (TryModifier(end, out var m))
                {
                    e = e with { Modifier = (Direction)m.Direction, Anaphoric = m.Anaphoric };
                    end++;
                }

                return DayWithSuffixes(start, end, e, out mention);
            }

            return false;
        }

        /// <summary>
        /// The traps of weekday names: "Mercredi" opening a sentence is a date, but a capitalised weekday
        /// inside a run of capitalised words is part of a name ("Mardi Gras", "Vendredi Saint", "Le Monde du
        /// Lundi"), "chaque lundi" is a recurrence and "le deuxième jeudi" an ordinal weekday.
        /// </summary>
        private bool WeekdayLooksLikeADate(int i)
        {
            // "chaque lundi" recurs; "le deuxième jeudi (de chaque mois)" is an ordinal weekday of a period.
            if (Word(i - 1, "chaque") || Is(i - 1, DateWordKinds.Ordinal)
                || (IsGlued(i - 1) && IsOrdinalSuffix(i - 1) && i >= 2 && _tokens[i - 2].IsNumber))
            {
                return false;
            }

            if (!IsCapitalizedWord(i) || IsSentenceInitial(i))
            {
                return true;
            }

            // After a stop that did not end the sentence, a title precedes it: "M. Lundi".
            if (IsPunct(i - 1, '.') || (IsCapitalizedWord(i - 1) && !IsSentenceInitial(i - 1)) || (IsCapitalizedWord(i + 1) && !Is(i + 1, DateWordKinds.Month)))
            {
                return false;
            }

            return !((Word(i - 1, "du") || IsDe(i - 1) || Word(i - 1, "des")) && IsCapitalizedWord(i - 2) && !IsSentenceInitial(i - 2));
        }

        /// <summary>After "vendredi 3": the end, punctuation, "à" or a function word; not "h", "heures", a noun.</summary>
        /// <summary>"de 14 h à 16 h" or "entre 14 h et 16 h" at token <paramref name="k"/>, both ends clock times.</summary>
        private bool TimeRangeAt(int k)
        {
            var entre = Word(k, "entre");
            if ((!entre && !IsDe(k)) || !TryClock(k + 1, out var from))
            {
                return false;
            }

            return (entre ? Word(from.End, "et") : IsA(from.End)) && TryClock(from.End + 1, out _);
        }

        private bool AfterBareDayNumber(int k)
        {
            if (k >= _tokens.Length)
            {
                return true;
            }

            if (_tokens[k].IsPunctuation)
            {
                return !IsPunct(k, ':') && !IsPunct(k, '/') && !IsPunct(k, '%');
            }

            if (!_tokens[k].IsWord || IsGlued(k))
            {
                return false;
            }

            return IsA(k) || (CuesOf(k) & CueRoles.Follow) != 0;
        }

        /// <summary>"les 6 et 13 avril", "du 3 au 5 mai": a bare day number that shares the month of the date after it.</summary>
        private bool TryCoordinatedDay(int i, out DateMention mention)
        {
            mention = default;
            if (!_tokens[i].IsNumber || !TryDayNumber(i, out var day, out var afterDay))
            {
                return false;
            }

            var link = afterDay;
            if (!(Word(link, "et") || Word(link, "au") || Word(link, "ou") || IsPunct(link, ',')))
            {
                return false;
            }

            if (!TryDayCore(link + 1, link + 1, out var next) || next.Expression.Form != DateForm.Calendar || next.Expression.Month == 0 || next.Expression.Day == 0)
            {
                return false;
            }

            var shared = next.Expression;
            var year = shared.Year > 0 && !shared.TwoDigitYear ? shared.Year : 2000;
            if (day > DateTime.DaysInMonth(year, shared.Month))
            {
                return false;
            }

            var e = shared with { Day = day, Weekday = 0, Hour = -1, Minute = 0, Second = -1, DayPart = null };
            return Found(i, afterDay, e, out mention);
        }

        /// <summary>"13/09/2023", "13.09.2023", "23/06/18", "2023-09-13", "22/04", "2015-3".</summary>
        private bool TryNumericDate(int i, out DateExpression expression, out int end)
        {
            expression = default;
            end = i;
            var closesDashRange = NumericDayMonthBefore(i);
            if (!IsPlainNumber(i, out var firstDigits, out var first) || (IsGluedToPrevious(i) && !closesDashRange))
            {
                return false;
            }

            var sep = i + 1;
            if (!IsGlued(sep) || !_tokens[sep].IsPunctuation || !IsGlued(sep + 1) || !IsPlainNumber(sep + 1, out var secondDigits, out var second))
            {
                return false;
            }

            var separator = _doc.ShadowSpan[_tokens[sep].FoldStart];
            if (separator is not ('/' or '.' or '-'))
            {
                return false;
            }

            var third = sep + 2;
            var thirdDigits = 0;
            var thirdValue = 0;
            var hasThird = IsGlued(third) && IsPunct(third, separator) && IsGlued(third + 1) && IsPlainNumber(third + 1, out thirdDigits, out thirdValue);
            if (firstDigits == 4)
            {
                // ISO order: "2023-09-13", or a year and month "2015-3" (not a season "2014-15").
                if (separator != '-')
                {
                    return false;
                }

                if (hasThird)
                {
                    if (secondDigits != 2 || thirdDigits != 2 || !ValidDay(first, second, thirdValue) || TrailingDateJunk(third + 2))
                    {
                        return false;
                    }

                    expression = new DateExpression { Form = DateForm.Calendar, Year = first, Month = second, Day = thirdValue };
                    end = third + 2;
                    return true;
                }

                if (secondDigits > 2 || second is < 1 or > 12 || second == (first + 1) % 100 || TrailingDateJunk(sep + 2))
                {
                    return false;
                }

                expression = new DateExpression { Form = DateForm.Calendar, Year = first, Month = second };
                end = sep + 2;
                return true;
            }

            if (firstDigits > 2 || secondDigits > 2)
            {
                return false;
            }

            if (hasThird && thirdDigits is 2 or 4)
            {
                var twoDigits = thirdDigits == 2;
                if (!ValidDay(twoDigits ? 2000 : thirdValue, second, first) || (!twoDigits && thirdValue < 1) || (TrailingDateJunk(third + 2) && !NumericDayMonthAfterDash(third + 2)))
                {
                    return false;
                }

                expression = new DateExpression { Form = DateForm.Calendar, Year = thirdValue, TwoDigitYear = twoDigits, Month = second, Day = first };
                end = third + 2;
                return true;
            }

            // Day and month alone only with a slash, and with a one-digit month only for a day no fraction or
            // ratio uses ("29/2", not "1/2", "3/4", "24/7") or inside a dash range of numeric dates ("28/2-1/3"),
            // so fractions and ratios stay numbers.
            var opensDashRange = NumericDayMonthAfterDash(sep + 2);
            var clearMonth = secondDigits == 2 || closesDashRange || opensDashRange || (firstDigits == 2 && first >= 13 && !(first == 24 && second == 7));
            if (hasThird || separator != '/' || !clearMonth || !ValidDay(2000, second, first) || (TrailingDateJunk(sep + 2) && !opensDashRange))
            {
                return false;
            }

            expression = new DateExpression { Form = DateForm.Calendar, Month = second, Day = first };
            end = sep + 2;
            return true;
        }

        private static bool ValidDay(int year, int month, int day) =>
            year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        /// <summary>A dash glued on both sides at <paramref name="k"/> and a numeric day/month after it: "28/2-1/3".</summary>
        private bool NumericDayMonthAfterDash(int k) =>
            IsPunct(k, '-') && IsGlued(k) && IsGlued(k + 1) && IsPlainNumber(k + 1, out var d, out _) && d <= 2
            && IsPunct(k + 2, '/') && IsGlued(k + 2) && IsGlued(k + 3) && IsPlainNumber(k + 3, out var m, out _) && m <= 2;

        /// <summary>Token <paramref name="i"/> follows a numeric day/month and a glued dash: the second end of "28/2-1/3".</summary>
        private bool NumericDayMonthBefore(int i) =>
            i >= 4 && IsPunct(i - 1, '-') && IsGlued(i - 1) && IsGlued(i) && IsPlainNumber(i - 2, out var m, out _) && m <= 2
            && IsPunct(i - 3, '/') && IsGlued(i - 3) && IsGlued(i - 2) && IsPlainNumber(i - 4, out var d, out _) && d <= 2;

        /// <summary>A numeric date glued to more digits or separators ("13/09/2023/5", "1.2.3.4") is something else.</summary>
        private bool TrailingDateJunk(int k) =>
            k < _tokens.Length && IsGlued(k) && (_tokens[k].IsNumber || _tokens[k].IsWord || ((IsPunct(k, '/') || IsPunct(k, '-') || IsPunct(k, '.') || IsPunct(k, ':')) && IsGlued(k + 1) && k + 1 < _tokens.Length && _tokens[k + 1].IsNumber));

        /// <summary>Part of the day and clock time after a day: "hier matin", "mardi à 15 heures", "jeudi 3 juin 12h55".</summary>
        private bool DayWithSuffixes(int start, int end, DateExpression e, out DateMention mention)
        {
            var part = (DayPartWord?)null;
            if (TryDayPartWord(end, out var direct) && direct.AfterDay)
            {
                part = direct;
                end++;
            }
            else if (Word(end, "au") && TryDayPartWord(end + 1, out var after) && after.AfterDay)
            {
                part = after;
                end += 2; // "lundi au soir"
            }

            if (part is { } p)
            {
                e = e with { DayPart = p.Code };
            }

            Clock clock;
            if (IsA(end) && TryClock(end + 1, out clock) && !NotAClockAfter(clock))
            {
                e = WithClock(e, clock, part);
                end = clock.End;
            }
            else if (TryClock(end, out clock) && clock.Strong && _tokens[end].IsNumber)
            {
                e = WithClock(e, clock, part);
                end = clock.End;
            }

            return Found(start, end, e, out mention);
        }

        private static DateExpression WithClock(DateExpression e, Clock clock, DayPartWord? part)
        {
            var hour = clock.Hour;
            if (part is { Shift: > 0 } p && hour < 12)
            {
                hour += p.Shift; // "demain soir à 8 heures" is 20:00
            }

            return e with { Hour = hour, Minute = clock.Minute, Second = clock.Second };
        }

        // ---- months, years, seasons, quarters --------------------------------------------------------

        private bool TryMonth(int i, out DateMention mention)
        {
            mention = default;
            if (Word(i, "mois") && IsDe(i + 1) && TryMonthWord(i + 2, out var named, out var abbreviatedNamed, out var afterNamed) && !abbreviatedNamed)
            {
                return MonthWithYear(i, afterNamed, named, out mention); // "(du) mois de juin"
            }

            if (!TryMonthWord(i, out var month, out var abbreviated, out var afterMonth) || abbreviated)
            {
                return false;
            }

            var hasYear = TryYearAfterMonth(afterMonth, out _, out _);
            var hasModifier = !hasYear && TryModifier(afterMonth, out var modifier) && !modifier.Anaphoric;
            var cue = (CuesOf(i - 1) & CueRoles.Month) != 0;
            if (IsCapitalizedWord(i))
            {
                // "autour de Mars", "l'album d'Avril": the prepositions that open a range of lower-case
                // months ("de mai à septembre") are no cue for a capitalised one.
                cue &= !(IsDe(i - 1) || IsA(i - 1));

                // "Mars" the planet or the god, "Juillet" or "Avril" as names: a capitalised month is a
                // month only with a date context ("en", "fin", a year, "prochain"; a day number is read by
                // the day rule) and no name right before or after it. Even at a sentence start: a month
                // opening a sentence alone ("Mars est …") is more often the planet than the month.
                var next = hasYear || hasModifier ? afterMonth + 1 : afterMonth;
                if (IsCapitalizedWord(next) || (IsCapitalizedWord(i - 1) && !IsSentenceInitial(i - 1)) || !(cue || hasYear || hasModifier))
                {
                    return false;
                }
            }

            return MonthWithYear(i, afterMonth, month, out mention);
        }

        /// <summary>A month, then an optional year ("mars 2019", "octobre 98") or "dernier"/"prochain".</summary>
        private bool MonthWithYear(int start, int afterMonth, int month, out DateMention mention)
        {
            var end = afterMonth;
            var e = new DateExpression { Form = DateForm.Calendar, Month = month };
            if (TryYearAfterMonth(end, out var year, out var twoDigits))
            {
                e = e with { Year = year, TwoDigitYear = twoDigits };
                end++;
            }
            else if (TryModifier(end, out var modifier) && !modifier.Anaphoric)
            {
                e = e with { Modifier = (Direction)modifier.Direction };
                end++;
            }

            return Found(start, end, e, out mention);
        }

        private bool TryYear(int i, out DateMention mention)
        {
            mention = default;
            if (!TryFourDigitYear(i, out var year) || year is < 1000 or > 2999 || !FollowsYear(i + 1))
            {
                return false;
            }

            var before = i - 1;
            var previous = _mentions.Count > 0 ? _mentions[^1] : default;
            var previousIsYear = _mentions.Count > 0 && previous.End == before && previous.Expression is { Form: DateForm.Calendar, Month: 0, Year: > 0 };
            bool accepted;
            if ((IsPunct(before, '/') || IsPunct(before, '-') || IsPunct(before, '~')) && IsGlued(before) && IsGlued(i))
            {
                // "2002/2003", "2002-2003": the second year of a range.
                accepted = _mentions.Count > 0 && previous.End == before && previous.Expression is { Form: DateForm.Calendar, Month: 0, Year: > 0 };
            }
            else if (Word(before, "et") || IsA(before))
            {
                accepted = previousIsYear; // "entre 2010 et 2018", "de 2010 à 2018"
            }
            else
            {
                var cues = CuesOf(before);
                accepted = (cues & CueRoles.Year) != 0 && !(IsDe(before) && (CuesOf(before - 1) & CueRoles.Duration) != 0);
                // "1982-1990": a later year glued after a hyphen makes both years, the ends of a range.
                accepted |= ((IsPunct(i + 1, '-') || IsPunct(i + 1, '~')) && IsGlued(i + 1) && IsGlued(i + 2) && TryFourDigitYear(i + 2, out var next) && next > year && next - year <= 100)
                    || (IsA(i + 1) && TryFourDigitYear(i + 2, out next) && next > year && next - year <= 100 && FollowsYear(i + 3)); // "2014 à 2018"
            }

            return accepted && Found(i, i + 1, new DateExpression { Form = DateForm.Calendar, Year = year }, out mention);
        }

        /// <summary>What may follow a bare year: the end, most punctuation, a capitalised word, a function word.</summary>
        private bool FollowsYear(int k)
        {
            if (k >= _tokens.Length)
            {
                return true;
            }

            var token = _tokens[k];
            if (token.IsPunctuation)
            {
                return !(IsPunct(k, '%') || IsPunct(k, '°') || IsPunct(k, '€') || IsPunct(k, '$') || IsPunct(k, '£'));
            }

            if (token.IsNumber || IsGlued(k))
            {
                return false;
            }

            return IsCapitalizedWord(k) || token.Has(TokenFlags.AllCaps) || (CuesOf(k) & CueRoles.Follow) != 0 || TryModifier(k, out _);
        }

        private bool TrySeason(int i, int start, out DateMention mention)
        {
            mention = default;
            if (!TrySeasonWord(i, out var season))
            {
                return false;
            }

            var end = i + 1;
            var e = new DateExpression { Form = DateForm.Season, Season = season };
            if (TryFourDigitYear(end, out var year) && FollowsYear(end + 1))
            {
                e = e with { Year = year };
                end++;
            }
            else if (TryModifier(end, out var modifier) && !modifier.Anaphoric)
            {
                e = e with { Modifier = (Direction)modifier.Direction };
                end++;
            }

            var withArticle = start < i;
            if (e.Year == 0 && IsCapitalizedWord(i) && !IsSentenceInitial(i))
            {
                return false; // "le Printemps de Bourges"
            }

            if (!withArticle && e.Year == 0)
            {

                // After "de" a season qualifies a noun ("les Jeux olympiques d'hiver", "sports d'hiver").
                if (IsDe(i - 1) || Word(i - 1, "du") || Word(i - 1, "des"))
                {
                    return false;
                }

                // "été" is also the participle of "être" ("a été"): a season only after "en", an article,
                // before a year or opening a sentence.
                if (season == "SU" && !(Word(i - 1, "en") || (IsCapitalizedWord(i) && IsSentenceInitial(i))))
                {
                    return false;
                }
            }

            return Found(start, end, e, out mention);
        }

        /// <summary>"troisième trimestre", "3e trimestre 2023", "premier semestre de l'année prochaine".</summary>
        private bool TryPartOfYear(int i, int start, out DateMention mention)
        {
            mention = default;
            int ordinal;
            int next;
            if (TryOrdinalWord(i, out ordinal))
            {
                next = i + 1;
            }
            else if (IsPlainNumber(i, out var digits, out ordinal) && digits == 1 && IsGlued(i + 1) && IsOrdinalSuffix(i + 1))
            {
                next = i + 2;
            }
            else
            {
                return false;
            }

            if (!TryPeriodWord(next, out var unit, out var suffix) || suffix != PeriodSuffix.None || unit is not (PeriodUnit.Quarter or PeriodUnit.Half))
            {
                return false;
            }

            if (ordinal < 1 || ordinal > (unit == PeriodUnit.Half ? 2 : 4))
            {
                return false;
            }

            var end = next + 1;
            var e = new DateExpression { Form = DateForm.PartOfYear, Unit = unit, Amount = ordinal };
            if (TryFourDigitYear(end, out var year) && FollowsYear(end + 1))
            {
                return Found(start, end + 1, e with { Year = year }, out mention);
            }

            if (IsDe(end))
            {
                var k = end + 1;
                if (TryFourDigitYear(k, out year) && FollowsYear(k + 1))
                {
                    return Found(start, k + 1, e with { Year = year }, out mention);
                }

                var article = Word(k, "l'");
                var demonstrative = Word(k, "cette");
                if ((article || demonstrative) && TryPeriodWord(k + 1, out var yearUnit, out var yearSuffix) && yearUnit == PeriodUnit.Year && yearSuffix == PeriodSuffix.None)
                {
                    if (article && TryModifier(k + 2, out var modifier) && !modifier.Anaphoric)
                    {
                        return Found(start, k + 3, e with { YearOffset = modifier.Direction }, out mention);
                    }

                    if (article && TryFourDigitYear(k + 2, out year))
                    {
                        return Found(start, k + 3, e with { Year = year }, out mention);
                    }

                    return Found(start, k + 2, e with { YearOffset = 0 }, out mention);
                }
            }

            return Found(start, end, e, out mention);
        }

        // ---- "il y a deux ans", "dans trois jours" ----------------------------------------------------

        private bool TryOffset(int i, out DateMention mention)
        {
            mention = default;
            int numberAt;
            int sign;
            if (Word(i, "il") && Word(i + 1, "y") && Word(i + 2, "a"))
            {
                numberAt = i + 3;
                sign = -1;
                // A hedge stays inside: "il y a environ deux ans", "il y a près de trois mois".
                if (Word(numberAt, "environ"))
                {
                    numberAt++;
                }
                else if ((Word(numberAt, "pres") || Word(numberAt, "plus") || Word(numberAt, "moins")) && IsDe(numberAt + 1))
                {
                    numberAt += 2;
                }
                else if (IsA(numberAt) && Word(numberAt + 1, "peu") && Word(numberAt + 2, "pres"))
                {
                    numberAt += 3;
                }
            }
            else if (Word(i, "dans"))
            {
                numberAt = i + 1;
                sign = 1;
            }
            else
            {
                return false;
            }

            int amount;
            int unitAt;
            if (IsPlainNumber(numberAt, out _, out amount))
            {
                unitAt = numberAt + 1;
            }
            else if (IsWordAt(numberAt) && _numbers.TryMatch(_doc, numberAt, out var number) && !number.Ordinal && number.Value == Math.Floor(number.Value) && number.Value is >= 1 and <= 1000)
            {
                amount = (int)number.Value;
                unitAt = number.NextToken;
            }
            else
            {
                return false;
            }

            if (!TryPeriodWord(unitAt, out var unit, out var suffix, allowPlural: true) || suffix != PeriodSuffix.None
                || unit is not (PeriodUnit.Day or PeriodUnit.Week or PeriodUnit.Month or PeriodUnit.Year))
            {
                // "il y a 30 minutes", "il y a 24 heures": a past instant counted in hours or minutes. The
                // publication date has no time of day, so it resolves to the day it falls on counted in whole
                // days back (RT would give the instant against a reference time). "dans 3 heures" stays a
                // duration: it is as often "within" as "from now"; "il y a 3 heures de route" is "there are".
                if (sign < 0 && TryHoursBack(unitAt, amount, out var daysBack) && !IsDe(unitAt + 1) && !Word(unitAt + 1, "par"))
                {
                    return Found(i, unitAt + 1, new DateExpression { Form = DateForm.Offset, Unit = PeriodUnit.Day, Amount = -daysBack }, out mention);
                }

                return false;
            }

            return Found(i, unitAt + 1, new DateExpression { Form = DateForm.Offset, Unit = unit, Amount = sign * amount }, out mention);
        }

        /// <summary>"heures", "h", "minutes", "min" after the amount of "il y a": the whole days the amount spans.</summary>
        private bool TryHoursBack(int unitAt, int amount, out int daysBack)
        {
            daysBack = 0;
            if (Word(unitAt, "heures") || Word(unitAt, "heure") || Word(unitAt, "h"))
            {
                daysBack = amount / 24;
                return true;
            }

            if (Word(unitAt, "minutes") || Word(unitAt, "minute") || Word(unitAt, "min"))
            {
                daysBack = amount / (24 * 60);
                return true;
            }

            return false;
        }

        // ---- words ---------------------------------------------------------------------------------------

        private enum PeriodSuffix : byte
        {
            None,
            Ci,
            La,
        }

        /// <summary>"semaine", "mois-ci", "année-là", and with <paramref name="allowPlural"/> "ans", "jours".</summary>
        private bool TryPeriodWord(int i, out PeriodUnit unit, out PeriodSuffix suffix, bool allowPlural = false)
        {
            unit = default;
            suffix = PeriodSuffix.None;
            if (WordAt(i) is not { } word)
            {
                return false;
            }

            // The table read each form as the lists would, in this order (DateWordTable).
            var kinds = word.Kinds;
            if ((kinds & (DateWordKinds.Period | DateWordKinds.PeriodCi | DateWordKinds.PeriodLa)) != 0)
            {
                unit = word.Period;
                suffix = (kinds & DateWordKinds.PeriodCi) != 0 ? PeriodSuffix.Ci : (kinds & DateWordKinds.PeriodLa) != 0 ? PeriodSuffix.La : PeriodSuffix.None;
                return true;
            }

            if (allowPlural && (kinds & DateWordKinds.PeriodPlural) != 0)
            {
                unit = word.PluralPeriod;
                return true;
            }

            return false;
        }

        private bool TryModifier(int i, out ModifierWord modifier)
        {
            modifier = default;
            if (WordAt(i) is { } word && (word.Kinds & DateWordKinds.Modifier) != 0)
            {
                modifier = word.Modifier;
                return true;
            }

            return false;
        }

        private bool TryWeekdayWord(int i, out int weekday, out bool abbreviated, out int end)
        {
            weekday = 0;
            abbreviated = false;
            end = i;
            if (WordAt(i) is not { } entry || (entry.Kinds & DateWordKinds.Weekday) == 0)
            {
                return false;
            }

            weekday = entry.Weekday.Day;
            abbreviated = entry.Weekday.Abbreviation;
            end = i + 1;
            if (abbreviated)
            {
                // "mer. 10 juin": the stop and a day number are required.
                if (!IsPunct(end, '.') || !IsGlued(end) || !TryDayNumber(end + 1, out _, out _))
                {
                    return false;
                }

                end++;
            }

            return true;
        }

        private bool TryMonthWord(int i, out int month, out bool abbreviated, out int end)
        {
            month = 0;
            abbreviated = false;
            end = i;
            if (WordAt(i) is not { } entry || (entry.Kinds & DateWordKinds.Month) == 0)
            {
                return false;
            }

            month = entry.Month.Month;
            abbreviated = entry.Month.Abbreviation;
            end = i + 1;
            if (abbreviated && IsPunct(end, '.') && IsGlued(end))
            {
                end++;
            }

            return true;
        }

        /// <summary>A day of the month: "13", "1er", "premier", or a number in words ("quatre") from the number parser; never "un".</summary>
        private bool TryDayNumber(int i, out int day, out int end)
        {
            day = 0;
            end = i;
            if (i >= _tokens.Length)
            {
                return false;
            }

            if (_tokens[i].IsNumber)
            {
                if (!IsPlainNumber(i, out var digits, out day) || digits > 2 || day is < 1 or > 31 || IsGluedToPrevious(i))
                {
                    return false;
                }

                end = i + 1;
                if (IsGlued(end) && _tokens[end].IsWord)
                {
                    // "1er", "1re": the ordinal is used for the first of the month only.
                    if (day != 1 || !(Word(end, "er") || Word(end, "re") || Word(end, "ere")))
                    {
                        return false;
                    }

                    end++;
                }

                return true;
            }

            if (!IsWordAt(i) || Word(i, "un") || Word(i, "une"))
            {
                return false;
            }

            if (Word(i, "premier"))
            {
                day = 1;
                end = i + 1;
                return true;
            }

            if (_numbers.TryMatch(_doc, i, out var number) && number.Value == Math.Floor(number.Value) && number.Value is >= 1 and <= 31 && (!number.Ordinal || number.Value == 1))
            {
                day = (int)number.Value;
                end = number.NextToken;
                return true;
            }

            return false;
        }

        /// <summary>A year right after a month: four digits, or two ("octobre 98") when nothing count-like follows.</summary>
        private bool TryYearAfterMonth(int i, out int year, out bool twoDigits)
        {
            year = 0;
            twoDigits = false;
            if (!IsPlainNumber(i, out var digits, out var value) || IsGluedWordAfter(i) || IsClockMarkAfter(i))
            {
                return false;
            }

            if (digits == 4 && value >= 1)
            {
                year = value;
                return true;
            }

            if (digits == 2 && FollowsYear(i + 1))
            {
                year = value;
                twoDigits = true;
                return true;
            }

            return false;
        }

        private bool TryFourDigitYear(int i, out int year)
        {
            year = 0;
            return IsPlainNumber(i, out var digits, out year) && digits == 4 && year >= 1 && !IsGluedWordAfter(i) && !IsClockMarkAfter(i);
        }

        private bool IsClockMarkAfter(int i) => Word(i + 1, "h") || Word(i + 1, "heures") || (IsPunct(i + 1, ':') && IsGlued(i + 1));

        /// <summary>A number token of plain digits (no group separator, no decimal comma): its digit count and value.</summary>
        private bool IsPlainNumber(int i, out int digits, out int value)
        {
            digits = 0;
            value = 0;
            if ((uint)i >= (uint)_tokens.Length)
            {
                return false;
            }

            var token = _tokens[i];
            if (!token.IsNumber || token.Has(TokenFlags.Grouped) || token.Has(TokenFlags.DecimalComma))
            {
                return false;
            }

            var folded = Fold(i);
            if (folded.Length > 6)
            {
                return false;
            }

            foreach (var c in folded)
            {
                if (!Tokenizer.IsAsciiDigit(c))
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            digits = folded.Length;
            return true;
        }

        private bool IsOrdinalSuffix(int i) =>
            Word(i, "e") || Word(i, "eme") || Word(i, "er") || Word(i, "ere") || Word(i, "re") || Word(i, "nd") || Word(i, "nde");

        // ---- token tests -----------------------------------------------------------------------------

        /// <summary>What the date lists say about token <paramref name="i"/>: null for no word they hold, or out of range.</summary>
        private DateWord? WordAt(int i) => (uint)i < (uint)_tokens.Length ? _words[_ids[i] & IdMask] : null;

        private bool Is(int i, DateWordKinds kind) => WordAt(i) is { } word && (word.Kinds & kind) != 0;

        private bool TrySeasonWord(int i, out string season)
        {
            var word = WordAt(i);
            season = word?.Season ?? "";
            return word is not null && (word.Kinds & DateWordKinds.Season) != 0;
        }

        private bool TryDayPartWord(int i, out DayPartWord part)
        {
            var word = WordAt(i);
            part = word is null ? default : word.DayPart;
            return word is not null && (word.Kinds & DateWordKinds.DayPart) != 0;
        }

        private bool TryClockWord(int i, out (int Hour, int Minute) clock)
        {
            var word = WordAt(i);
            clock = word is null ? default : word.Clock;
            return word is not null && (word.Kinds & DateWordKinds.ClockWord) != 0;
        }

        private bool TryRelativeDayWord(int i, out RelativeDayWord relative)
        {
            var word = WordAt(i);
            relative = word is null ? default : word.RelativeDay;
            return word is not null && (word.Kinds & DateWordKinds.RelativeDay) != 0;
        }

        private bool TryOrdinalWord(int i, out int ordinal)
        {
            var word = WordAt(i);
            ordinal = word is null ? 0 : word.Ordinal;
            return word is not null && (word.Kinds & DateWordKinds.Ordinal) != 0;
        }

        /// <summary><see cref="DateLexicon.CuesOf"/> through the word table for a word; other tokens ask the lexicon.</summary>
        private CueRoles CuesOf(int i)
        {
            if ((uint)i < (uint)_tokens.Length && _tokens[i].IsWord)
            {
                return _words[_ids[i] & IdMask]?.Cues is { } entries ? DateLexicon.RolesOf(entries, _doc, i) : CueRoles.None;
            }

            return _lex.CuesOf(_doc, i);
        }

        private ReadOnlySpan<char> Fold(int i) => _doc.FoldedOf(i);

        private bool Word(int i, string folded) => _doc.IsWord(i, folded);

        private bool IsWordAt(int i) => (uint)i < (uint)_tokens.Length && _tokens[i].IsWord;

        private bool IsPunct(int i, char c) => (uint)i < (uint)_tokens.Length && _tokens[i].IsPunctuation && _doc.IsChar(i, c);

        private bool IsGlued(int i) => _doc.IsGlued(i);

        private bool IsGluedToPrevious(int i) => IsGlued(i) && (_tokens[i - 1].IsNumber || IsPunct(i - 1, '/') || IsPunct(i - 1, '.') || IsPunct(i - 1, '-') || IsPunct(i - 1, ':') || _tokens[i - 1].IsWord);

        private bool IsGluedWordAfter(int i) => IsGlued(i + 1) && ((uint)(i + 1) < (uint)_tokens.Length) && (_tokens[i + 1].IsWord || _tokens[i + 1].IsNumber);

        private bool IsDe(int i) => Word(i, "de") || Word(i, "d'");

        /// <summary>
        /// "à", told from the verb "a" by its accent (folding merges them); a capital "A" opening a
        /// sentence is the preposition written without its accent ("A 20 h, …"), as the verb cannot open one.
        /// </summary>
        private bool IsA(int i)
        {
            if (!Word(i, "a"))
            {
                return false;
            }

            var original = _doc.OriginalOf(i);
            return original[0] is not ('a' or 'A') || (original[0] == 'A' && _tokens[i].Has(TokenFlags.SentenceStart));
        }

        /// <summary>A capitalised word that is not all capitals (a headline in capitals says nothing about names).</summary>
        private bool IsCapitalizedWord(int i) =>
            (uint)i < (uint)_tokens.Length && _tokens[i].IsWord && _tokens[i].Has(TokenFlags.Capitalized) && !_tokens[i].Has(TokenFlags.AllCaps);

        /// <summary>
        /// Opens a sentence, or follows punctuation that opens a heading, a list item or a quotation (";",
        /// ":", "«", "(", "_"). A stop that ends a sentence already marks the next token; one that does not
        /// ends an abbreviation ("M. Juillet"), so it does not count here.
        /// </summary>
        private bool IsSentenceInitial(int i) =>
            (uint)i < (uint)_tokens.Length
            && (_tokens[i].Has(TokenFlags.SentenceStart)
                || (i > 0 && _tokens[i - 1].IsPunctuation && !IsPunct(i - 1, ',') && !IsPunct(i - 1, '\'') && !IsPunct(i - 1, '.') && !IsPunct(i - 1, '-')));

        private static DateExpression Literal(string timex) => new() { Form = DateForm.Literal, Literal = timex };

        private static bool Found(int start, int end, DateExpression e, out DateMention mention)
        {
            mention = new DateMention(start, end, e);
            return true;
        }
    }
}
