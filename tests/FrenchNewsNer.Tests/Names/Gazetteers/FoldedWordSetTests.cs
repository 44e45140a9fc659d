using System.Text;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;

namespace FrenchNewsNer.Tests.Names.Gazetteers;

/// <summary>The hashed word lists: every listed word is found, nothing else is, and the embedded lists agree with the folding.</summary>
public class FoldedWordSetTests
{
    // Words of many shapes: ASCII, accented and Greek letters (several UTF-8 bytes), hyphens, one long
    // word past the stack buffer, and a few thousand generated ones to fill the table.
    private static List<string> SampleWords()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal) { "a", "aa", "an", "être", "œuvre", "αβγ", "porte-parole", new string('x', 300) };
        var random = new Random(12345);
        const string Letters = "abcdefghijklmnopqrstuvwxyzéèàçœ-";
        while (words.Count < 5000)
        {
            var chars = new char[random.Next(1, 14)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Letters[random.Next(Letters.Length - (i == 0 ? 1 : 0))];
            }

            words.Add(new string(chars));
        }

        // UTF-8 byte order is code-point order, which is ordinal order for these (no surrogates).
        return words.ToList();
    }

    [Fact]
    public void Every_word_of_a_sample_is_found_and_near_misses_are_not()
    {
        var words = SampleWords();
        var set = FoldedWordSet.Read(new StringReader("# comment\n" + string.Join('\n', words) + "\n"), "sample");
        Assert.Equal(words.Count, set.Count);
        var known = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var word in words)
        {
            Assert.True(set.Contains(word), word);
            Assert.True(set.TryGetValue(word, out var value) && value.IsEmpty, word);
            foreach (var miss in new[] { word + "s", word[..^1], "#" + word, word.ToUpperInvariant() })
            {
                Assert.Equal(known.Contains(miss), set.Contains(miss));
            }
        }

        Assert.False(set.Contains(string.Empty));
        Assert.False(set.Contains("# comment"));
        Assert.False(set.Contains(new string('x', 299)));
    }

    [Fact]
    public void Values_after_the_tab_are_returned_and_checked()
    {
        var set = FoldedWordSet.Read(new StringReader("andrea\tmf\nboris\tm\nolga\tf\n"), "names", static v => v.Length > 0, "name<TAB>gender");
        Assert.True(set.TryGetValue("boris", out var value));
        Assert.Equal("m", Encoding.UTF8.GetString(value));
        Assert.True(set.TryGetValue("andrea", out value));
        Assert.Equal("mf", Encoding.UTF8.GetString(value));
        Assert.False(set.Contains("bori"));
        Assert.False(set.Contains("boris\tm"));

        var error = Assert.Throws<DataFormatException>(() => FoldedWordSet.Read(new StringReader("boris\tm\nolga\n"), "names", static v => v.Length > 0, "name<TAB>gender"));
        Assert.Equal(2, error.Line);
        Assert.Contains("name<TAB>gender", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_lookups_agree_with_a_single_thread()
    {
        var words = SampleWords();
        var set = FoldedWordSet.Read(new StringReader(string.Join('\n', words) + "\n"), "sample");
        var probes = words.Concat(words.Select(w => w + "q")).ToArray();
        var expected = probes.Select(p => set.Contains(p)).ToArray();
        var failures = 0;
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < probes.Length; i++)
            {
                if (set.Contains(probes[i]) != expected[i])
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        Assert.Equal(0, failures);
        var known = new HashSet<string>(words, StringComparer.Ordinal);
        Assert.Equal(probes.Select(known.Contains), expected);
    }

    [Theory]
    [InlineData("Été", "ete")]
    [InlineData("Œuvre", "œuvre")]
    [InlineData("l\u2019État", "l'etat")]
    [InlineData("A\u00a0B", "a b")]
    [InlineData("e\u0301", "e")]
    [InlineData("Nord\u2011Coréen", "nord-coreen")]
    [InlineData("ÀÉÎÕÜ", "aeiou")]
    [InlineData("Straße", "straße")]
    public void Folding_agrees_with_the_generator_s_twin(string text, string folded)
    {
        // The same pairs are checked against tools/gazetteers/genlib/folding.py by
        // tools/gazetteers/tests/test_wordlists.py: the generator folds the word lists the extractor hashes.
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Every_embedded_common_word_is_found_in_the_built_in_set()
    {
        var words = Lines(GazetteerFiles.CommonWordsPath);
        var set = NameGazetteers.BuiltIn.CommonWords;
        Assert.Equal(words.Count, set.Count);
        Assert.Empty(words.Where(w => !set.Contains(w)).Take(5));
    }

    [Fact]
    public void Embedded_first_names_are_folded_unique_and_found_with_their_gender()
    {
        // The generator folds the names (tools/gazetteers/genlib/folding.py): each must be a fixed point of
        // the extractor's own folding, or the name could never be looked up from a document.
        var lines = Lines(GazetteerFiles.FirstNamesPath);
        var table = NameGazetteers.BuiltIn.FirstNames;
        Assert.Equal(lines.Count, table.Count);
        var problems = new List<string>();
        foreach (var line in lines)
        {
            var name = line[..line.IndexOf('\t')];
            var gender = line[(line.IndexOf('\t') + 1)..] switch { "m" => NameGender.Masculine, "f" => NameGender.Feminine, _ => NameGender.Both };
            if (TextFolding.Fold(name) != name || !table.TryGetValue(name, out var found) || found != gender)
            {
                problems.Add(line);
            }
        }

        Assert.Empty(problems.Take(5));
    }

    private static List<string> Lines(string path)
    {
        using var reader = EmbeddedData.OpenText(path);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}

/// <summary>Loading the gazetteers from several threads at once gives every thread the same, complete tables.</summary>
public class GazetteerLoadingTests
{
    [Fact]
    public void Concurrent_loads_and_first_uses_share_one_copy_of_each_table()
    {
        var gazetteers = NameGazetteers.CreateBuiltIn();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(object Places, object Words, object Names, bool Found)>();
        using var start = new Barrier(6);
        var threads = Enumerable.Range(0, 6).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            if (t % 2 == 0)
            {
                gazetteers.LoadAll(); // the build's path: every table, partly on the thread pool
            }

            // The first-use path: each table read on demand, racing the loads above.
            var found = gazetteers.CommonWords.Contains("selon") && gazetteers.FirstNames.ContainsKey("vladimir")
                && gazetteers.Places.TryGet("Moscou", out _) && !gazetteers.CommonWords.Contains("moscou");
            seen.Add((gazetteers.Places, gazetteers.CommonWords, gazetteers.FirstNames, found));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(6, seen.Count);
        Assert.All(seen, s => Assert.True(s.Found));
        Assert.Single(seen.Select(s => s.Places).Distinct());
        Assert.Single(seen.Select(s => s.Words).Distinct());
        Assert.Single(seen.Select(s => s.Names).Distinct());
        Assert.NotSame(NameGazetteers.BuiltIn.Places, gazetteers.Places);
    }
}
