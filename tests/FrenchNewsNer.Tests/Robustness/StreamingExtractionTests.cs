using System.Text;
using FrenchNewsNer.Sample.Stress;

namespace FrenchNewsNer.Tests.Robustness;

public class StreamingExtractionTests
{
    private static readonly string[] Paragraphs =
    [
        "Le président russe Vladimir Poutine a offert à Kim Jong Un une voiture de luxe Aurus le 13 septembre 2023, selon l'agence Ria Novosti.",
        "« Le train de Kim Jong Un s'est dirigé vers le poste-frontière de Khassan. La distance est d'environ 250 kilomètres », a indiqué TASS dimanche.",
        "Plus tôt, Oleg Kojémiako, le gouverneur de la région de Primorye, avait offert à Kim cinq drones explosifs et un gilet pare-balles.",
        "Le budget de Paris atteint 10,2 milliards d'euros en 2024, soit 3,5 % de plus, a annoncé Anne Hidalgo mardi à l'Hôtel de Ville.",
    ];

    private static string News(int paragraphs, string separator)
    {
        var text = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            text.Append(Paragraphs[i % Paragraphs.Length]).Append(" Dépêche ").Append(i + 1).Append('.');
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\n")]
    [InlineData(" ")]
    public void Stream_offsets_map_back_exactly_into_a_multi_window_text(string separator)
    {
        var text = News(120, separator);
        var windows = EntityExtractor.Default.ExtractStream(new StringReader(text), maxWindowLength: 2000).ToList();

        Assert.True(windows.Count > text.Length / 2000, $"{windows.Count} windows for {text.Length} chars");
        Assert.Equal(text, string.Concat(windows.Select(w => w.Text)));
        long expectedOffset = 0;
        var entities = 0;
        foreach (var window in windows)
        {
            Assert.Equal(windows.IndexOf(window), window.Index);
            Assert.Equal(expectedOffset, window.Offset);
            Assert.InRange(window.Text.Length, 1, 2000);
            ResultInvariants.Check(window.Text, window.Result);
            Assert.Equal(window.Result.Entities.Count, window.Entities.Count);
            foreach (var entity in window.Entities)
            {
                Assert.Equal(entity.Text, text.Substring(checked((int)entity.Start), checked((int)(entity.End - entity.Start))));
                Assert.InRange(entity.Start, window.Offset, window.End);
                Assert.InRange(entity.End, window.Offset, window.End);
                entities++;
            }

            expectedOffset = window.End;
        }

        Assert.Equal(text.Length, expectedOffset);
        Assert.True(entities > 200, $"only {entities} entities");
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\n")]
    [InlineData(" ")]
    public void No_entity_of_the_whole_text_straddles_a_window_cut(string separator)
    {
        var text = News(80, separator);
        var whole = EntityExtractor.Default.Extract(text);
        var cuts = EntityExtractor.Default.ExtractStream(new StringReader(text), maxWindowLength: 1500).Select(w => w.End).SkipLast(1).ToList();

        Assert.True(cuts.Count >= 5, $"only {cuts.Count} cuts");
        foreach (var cut in cuts)
        {
            Assert.DoesNotContain(whole.Entities, e => e.Start < cut && cut < e.End);
        }

        if (separator.Contains('\n'))
        {
            // With paragraph or line breaks available, every window ends with one.
            Assert.All(cuts, cut => Assert.Equal('\n', text[(int)cut - 1]));
        }
        else
        {
            // Otherwise at a sentence end: ". " before a capital.
            Assert.All(cuts, cut => Assert.Equal(". ", text.Substring((int)cut - 2, 2)));
        }
    }

    [Fact]
    public void Windows_are_extracted_like_separate_documents_with_the_options_given()
    {
        var text = News(40, "\n\n");
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17), Kinds = EntityKindSet.Of(EntityKind.Date, EntityKind.Person) };

        foreach (var window in EntityExtractor.Default.ExtractStream(new StringReader(text), options, maxWindowLength: 1000, maxDegreeOfParallelism: 3))
        {
            var alone = EntityExtractor.Default.Extract(window.Text, options);
            Assert.Equal(ResultInvariants.Describe(alone), ResultInvariants.Describe(window.Result));
            Assert.Equal(options.ReferenceDate, window.Result.ReferenceDate);
            Assert.All(window.Entities, e => Assert.True(e.Kind is EntityKind.Date or EntityKind.Person, e.ToString()));
        }
    }

    [Fact]
    public void A_few_megabytes_stream_in_contiguous_windows_with_every_character_accounted_for()
    {
        const long length = 3L * 1024 * 1024;
        long streamed = 0;
        var windows = 0;
        var dates = 0;
        using var feed = new NewsFeedReader(length);
        foreach (var window in EntityExtractor.Default.ExtractStream(feed))
        {
            Assert.Equal(streamed, window.Offset);
            Assert.InRange(window.Text.Length, 1, StreamingExtraction.DefaultMaxWindowLength);
            streamed = window.End;
            windows++;
            dates += window.Entities.Count(e => e.Kind == EntityKind.Date);
        }

        Assert.Equal(length, streamed);
        Assert.True(windows >= length / StreamingExtraction.DefaultMaxWindowLength, $"{windows} windows");
        Assert.True(dates > 1000, $"{dates} dates");
    }

    [Fact]
    public void Text_without_any_space_is_cut_at_the_maximum_length_but_never_inside_a_surrogate_pair()
    {
        var text = new StringBuilder();
        while (text.Length < 5000)
        {
            text.Append("Poutine\uD83D\uDE00drones");
        }

        var windows = EntityExtractor.Default.ExtractStream(new StringReader(text.ToString()), maxWindowLength: 100).ToList();

        Assert.Equal(text.ToString(), string.Concat(windows.Select(w => w.Text)));
        Assert.All(windows, w => Assert.False(char.IsHighSurrogate(w.Text[^1]), $"window {w.Index} ends inside a surrogate pair"));
        Assert.All(windows.SkipLast(1), w => Assert.InRange(w.Text.Length, 99, 100));
    }

    [Fact]
    public void Cuts_prefer_a_blank_line_then_a_line_break_then_a_sentence_end_then_a_space()
    {
        Assert.Equal("xxxxxxxxxx\ny\n\n".Length, StreamWindowCutter.FindCut("xxxxxxxxxx\ny\n\nz. Aa b"));
        Assert.Equal("xxxxxxxxxx\r\n \r\n".Length, StreamWindowCutter.FindCut("xxxxxxxxxx\r\n \r\nbb. Cc d"));
        Assert.Equal("xxxxxxxx yy\n".Length, StreamWindowCutter.FindCut("xxxxxxxx yy\nzz. Ab cd"));
        Assert.Equal("xxxxxxxx yy. ".Length, StreamWindowCutter.FindCut("xxxxxxxx yy. Dd ee ff"));

        // "M. Kim": a full stop after a capital is a title or an initial, not a sentence end.
        Assert.Equal("xxxxxxxx bb M. Kim ".Length, StreamWindowCutter.FindCut("xxxxxxxx bb M. Kim eee"));
        Assert.Equal("aaaaaaaaaa".Length, StreamWindowCutter.FindCut("aaaaaaaaaa"));

        // Only the second half is searched, so windows never shrink below half the maximum.
        Assert.Equal("a\n\nbbbbbbbbbbbbb ".Length, StreamWindowCutter.FindCut("a\n\nbbbbbbbbbbbbb ccc"));
    }

    [Fact]
    public void Empty_input_gives_no_window_and_bad_arguments_throw_at_the_call()
    {
        Assert.Empty(EntityExtractor.Default.ExtractStream(new StringReader(string.Empty)));
        Assert.Throws<ArgumentNullException>(() => EntityExtractor.Default.ExtractStream(null!));
        Assert.Throws<ArgumentNullException>(() => StreamingExtraction.ExtractStream(null!, new StringReader("x")));
        Assert.Throws<ArgumentOutOfRangeException>(() => EntityExtractor.Default.ExtractStream(new StringReader("x"), maxWindowLength: 63));
        Assert.Throws<ArgumentOutOfRangeException>(() => EntityExtractor.Default.ExtractStream(new StringReader("x"), maxDegreeOfParallelism: 0));
    }

    [Fact]
    public void A_failing_reader_surfaces_its_exception_after_the_windows_before_it()
    {
        var reader = new FailingReader(News(30, "\n\n"), failAfter: 2500);
        var windows = new List<StreamWindow>();

        var error = Assert.Throws<IOException>(() =>
        {
            foreach (var window in EntityExtractor.Default.ExtractStream(reader, maxWindowLength: 1000, maxDegreeOfParallelism: 2))
            {
                windows.Add(window);
            }
        });

        Assert.Equal("disk gone", error.Message);
        Assert.NotEmpty(windows);
        Assert.True(windows[^1].End <= 2500);
    }

    /// <summary>A reader that throws once it has handed out a given number of characters.</summary>
    private sealed class FailingReader(string text, int failAfter) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= failAfter)
            {
                throw new IOException("disk gone");
            }

            var n = Math.Min(Math.Min(count, text.Length - _position), failAfter - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
