using System.Text;

namespace FrenchNewsNer.Sample.Stress;

/// <summary>
/// One kind of hostile input: text built to push a recogniser towards quadratic work (long runs of
/// digits, capitals, connectors, nested quotes) or towards a crash (lone surrogates, control characters).
/// </summary>
/// <param name="Name">A short name for tables and test names.</param>
/// <param name="FullSize">The size the issue asks for, in <paramref name="Unit"/>.</param>
/// <param name="Unit">What the size counts ("chars", "words", "repetitions").</param>
/// <param name="Build">Builds the input of a given size; deterministic, so runs compare.</param>
internal sealed record HostileInput(string Name, int FullSize, string Unit, Func<int, string> Build);

/// <summary>The hostile inputs that <c>stress</c> times and the robustness tests check for a valid result.</summary>
internal static class HostileInputs
{
    private const int OneMegabyte = 1024 * 1024;

    private static readonly string[] CapitalisedWords =
    [
        "Jean", "Marie", "Kim", "Jong", "Un", "Vladimir", "Poutine", "Moscou", "Pyongyang", "Ria", "Novosti", "Oleg", "Kojémiako",
        "Le", "La", "Président", "Artiom-Primorsky", "Corée", "Nord", "Saint-Pétersbourg", "TASS", "RPDC", "Alexandre", "Kozlov", "Mme", "M.",
    ];

    private static readonly string[] NoSpaceFragments =
    [
        "Poutine", "a", "offert", "à", "Kim", "cinq", "drones", "le", "13", "septembre", "2023", "l'", "d’", "«", "»", ",", ".", "-", "250",
        "kilomètres", "8.000", "2,5", "%", "€", "M.", "Mme", "(", ")", "RPDC", "Moscou",
    ];

    private static readonly string[] SurrogateFragments =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "Kim", " ", "13", " septembre", ".", "\uD800Poutine", "Moscou\uDC00", "«", "’",
    ];

    private static readonly string[] ControlFragments =
    [
        "\0", "\u0001", "\u0007", "\b", "\t", "\u000B", "\f", "\r", "\n", "\u001B", "\u001F", "\u007F", "\u0085", "\u2028", "\uFEFF", "\uFFFF",
        "Kim", "Jong", "Un", "13", "septembre", "2023", "cinq", "drones", "M.", "Poutine", " ", "8", "000",
    ];

    /// <summary>Every hostile input, at the sizes the issue names.</summary>
    public static IReadOnlyList<HostileInput> All { get; } =
    [
        new("digits and dots", OneMegabyte, "chars", DigitsAndDots),
        new("no space", OneMegabyte, "chars", NoSpace),
        new("capitalised words", 100_000, "words", CapitalisedWordRun),
        new("de la", 100_000, "repetitions", size => Repeat("de la ", size)),

        // A name joined to the next by a particle, again and again: one endless candidate name.
        new("Jean de la chain", 100_000, "repetitions", size => Repeat("Jean de la ", size)),
        new("titles", 100_000, "repetitions", size => Repeat("M. ", size)),
        new("grouped digits", 200_000, "groups", size => "1" + Repeat("\u00A0000", size)),
        new("nested guillemets", 100_000, "levels", size => Repeat("« ", size) + "Kim Jong Un" + Repeat(" »", size)),
        new("lone surrogates", OneMegabyte, "chars", size => Fragments(SurrogateFragments, size, seed: 3)),
        new("NUL and controls", OneMegabyte, "chars", size => Fragments(ControlFragments, size, seed: 4)),
    ];

    /// <summary>Digits with a dot every one to four of them: "12.3.4567.89…", one endless dotted number.</summary>
    public static string DigitsAndDots(int size)
    {
        var random = new Random(1);
        var text = new StringBuilder(size);
        while (text.Length < size)
        {
            var digits = random.Next(1, 5);
            for (var i = 0; i < digits && text.Length < size; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }

            if (text.Length < size)
            {
                text.Append('.');
            }
        }

        return text.ToString();
    }

    /// <summary>News fragments glued together without a single space.</summary>
    public static string NoSpace(int size) => Fragments(NoSpaceFragments, size, seed: 2);

    /// <summary>Capitalised words, names and titles separated by spaces, with no sentence end.</summary>
    public static string CapitalisedWordRun(int words)
    {
        var random = new Random(5);
        var text = new StringBuilder(words * 7);
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(CapitalisedWords[random.Next(CapitalisedWords.Length)]);
        }

        return text.ToString();
    }

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();

    private static string Fragments(string[] fragments, int size, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(size + 32);
        while (text.Length < size)
        {
            text.Append(fragments[random.Next(fragments.Length)]);
        }

        return text.ToString();
    }
}

/// <summary>
/// An endless-looking news feed: French news paragraphs (names, dates, quantities, gifts), varied by a
/// counter and separated by blank lines, produced on demand up to a length, so a 50 MB stream never
/// exists in memory at once.
/// </summary>
internal sealed class NewsFeedReader : TextReader
{
    private static readonly string[] Paragraphs =
    [
        "Le président russe Vladimir Poutine a offert à Kim Jong Un une voiture de luxe Aurus le 13 septembre 2023 à Vostotchny, selon l'agence Ria Novosti.",
        "\"Le train de Kim Jong Un s'est dirigé vers le poste-frontière de Khassan. La distance (...) est d'environ 250 kilomètres\", a indiqué de son côté TASS.",
        "Plus tôt, Oleg Kojémiako, le gouverneur de la région de Primorye, avait offert à Kim cinq drones explosifs, un gilet pare-balles et des vêtements spéciaux.",
        "Dimanche, M. Kim a également rencontré des étudiants nord-coréens sur le campus universitaire à Vladivostok, a rapporté mardi l'agence KCNA.",
        "Le budget de la ville de Paris atteint 10,2 milliards d'euros en 2024, soit une hausse de 3,5 % sur un an, a annoncé la maire Anne Hidalgo à l'Hôtel de Ville.",
        "À Marseille, 1\u00A0250 policiers ont été mobilisés samedi soir pour le match de l'Olympique de Marseille, selon la préfecture des Bouches-du-Rhône.",
    ];

    private readonly long _length;
    private long _produced;
    private string _current = string.Empty;
    private int _position;
    private int _counter;

    /// <param name="length">The number of characters to produce.</param>
    public NewsFeedReader(long length) => _length = length;

    public override int Peek() => Fill() ? _current[_position] : -1;

    public override int Read()
    {
        if (!Fill())
        {
            return -1;
        }

        _produced++;
        return _current[_position++];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var written = 0;
        while (written < buffer.Length && Fill())
        {
            var available = Math.Min(buffer.Length - written, _current.Length - _position);
            available = (int)Math.Min(available, _length - _produced);
            _current.AsSpan(_position, available).CopyTo(buffer[written..]);
            written += available;
            _position += available;
            _produced += available;
        }

        return written;
    }

    private bool Fill()
    {
        if (_produced >= _length)
        {
            return false;
        }

        if (_position < _current.Length)
        {
            return true;
        }

        var paragraph = Paragraphs[_counter % Paragraphs.Length];
        _current = $"{paragraph} (dépêche n° {_counter + 1})\n\n";
        _position = 0;
        _counter++;
        return true;
    }
}
