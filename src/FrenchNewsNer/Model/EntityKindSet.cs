using System.Text;
using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>
/// An immutable set of <see cref="EntityKind"/> values, stored as a bit mask so that membership
/// tests on the hot path cost one AND.
/// </summary>
[JsonConverter(typeof(EntityKindSetJsonConverter))]
public readonly struct EntityKindSet : IEquatable<EntityKindSet>
{
    private const int AllMask = (1 << 7) - 1;
    private readonly int _mask;

    private EntityKindSet(int mask) => _mask = mask & AllMask;

    /// <summary>Every kind.</summary>
    public static EntityKindSet All => new(AllMask);

    /// <summary>No kind.</summary>
    public static EntityKindSet None => default;

    /// <summary>The set holding exactly the given kinds.</summary>
    /// <param name="kinds">The kinds to include.</param>
    public static EntityKindSet Of(params EntityKind[] kinds)
    {
        Preconditions.CheckNotNull(kinds, nameof(kinds));
        var mask = 0;
        foreach (var kind in kinds)
        {
            mask |= Bit(kind);
        }

        return new EntityKindSet(mask);
    }

    /// <summary>Whether the set holds <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind to test.</param>
    public bool Contains(EntityKind kind) => (_mask & Bit(kind)) != 0;

    /// <summary>Whether the set holds no kind.</summary>
    public bool IsEmpty => _mask == 0;

    /// <summary>This set with <paramref name="kind"/> added.</summary>
    /// <param name="kind">The kind to add.</param>
    public EntityKindSet With(EntityKind kind) => new(_mask | Bit(kind));

    /// <summary>This set with <paramref name="kind"/> removed.</summary>
    /// <param name="kind">The kind to remove.</param>
    public EntityKindSet Without(EntityKind kind) => new(_mask & ~Bit(kind));

    /// <summary>The kinds in both sets.</summary>
    /// <param name="other">The other set.</param>
    public EntityKindSet Intersect(EntityKindSet other) => new(_mask & other._mask);

    /// <summary>The kinds in this set, in enum order.</summary>
    public IEnumerable<EntityKind> Kinds
    {
        get
        {
            for (var i = 0; i < 7; i++)
            {
                if ((_mask & (1 << i)) != 0)
                {
                    yield return (EntityKind)i;
                }
            }
        }
    }

    /// <summary>
    /// Parses a comma-separated list of kind names ("Person,Date"; case-insensitive; "all" for every kind).
    /// Returns false, with a message naming the bad word, when a name is not a kind or an item is empty
    /// ("Person,,Date", "Person,").
    /// </summary>
    /// <param name="text">The list to parse.</param>
    /// <param name="result">The parsed set, or <see cref="None"/> on failure.</param>
    /// <param name="error">Why parsing failed, or null.</param>
    public static bool TryParse(string? text, out EntityKindSet result, out string? error)
    {
        result = None;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no kind given; expected a comma-separated list of " + string.Join(", ", Enum.GetNames<EntityKind>());
            return false;
        }

        var mask = 0;
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            // "Person,,Date" or a trailing comma is a typing slip whose intent is unknown; skipping it
            // silently could hide a missing kind, so it is an error like any unknown name.
            if (raw.Length == 0)
            {
                error = $"empty entity kind in '{text.Trim()}'; expected a comma-separated list of {string.Join(", ", Enum.GetNames<EntityKind>())} or 'all'";
                return false;
            }

            if (raw.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                mask = AllMask;
                continue;
            }

            if (!Enum.TryParse<EntityKind>(raw, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(raw[0]))
            {
                error = $"unknown entity kind '{raw}'; expected one of {string.Join(", ", Enum.GetNames<EntityKind>())} or 'all'";
                return false;
            }

            mask |= Bit(kind);
        }

        result = new EntityKindSet(mask);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(EntityKindSet other) => _mask == other._mask;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EntityKindSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _mask;

    /// <summary>Comma-separated kind names, e.g. "Person,Date".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var kind in Kinds)
        {
            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            sb.Append(kind);
        }

        return sb.ToString();
    }

    /// <summary>Equality of two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    public static bool operator ==(EntityKindSet left, EntityKindSet right) => left.Equals(right);

    /// <summary>Inequality of two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    public static bool operator !=(EntityKindSet left, EntityKindSet right) => !left.Equals(right);

    private static int Bit(EntityKind kind)
    {
        if ((uint)kind > (uint)EntityKind.Gift)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined entity kind.");
        }

        return 1 << (int)kind;
    }
}
