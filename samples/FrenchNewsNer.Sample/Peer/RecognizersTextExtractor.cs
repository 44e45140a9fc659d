using System.Collections;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.NumberWithUnit;
using RtNumberRecognizer = Microsoft.Recognizers.Text.Number.NumberRecognizer;

namespace FrenchNewsNer.Sample.Peer;

/// <summary>
/// Microsoft Recognizers-Text (French) behind FrenchNewsNer's <see cref="IEntityExtractor"/>, so that
/// <c>compare</c> and <c>bench --peer</c> run it through the same scorer and timers. Its results map to
/// FORMAT.md kinds: numbers and ordinals → Number; dimensions, currencies, temperatures, ages and
/// percentages → Quantity (value: its number and dimension, its own unit name, the SI value left as the
/// number because Recognizers-Text does not convert); datetimeV2 → Date (its TIMEX, type and range
/// ends). It has no Person, Organization, Location or Gift. Overlaps are resolved as FrenchNewsNer's are:
/// the longer span wins. The models are built once; calls are serialised (they are not documented as
/// thread-safe).
/// </summary>
internal sealed class RecognizersTextExtractor : IEntityExtractor
{
    private readonly object _gate = new();
    private readonly IModel[] _numberModels;
    private readonly (IModel Model, QuantityDimension? Dimension)[] _quantityModels;
    private readonly DateTimeModel _dates;

    public RecognizersTextExtractor()
    {
        var numbers = new RtNumberRecognizer(Culture.French);
        var units = new NumberWithUnitRecognizer(Culture.French);
        _numberModels = [numbers.GetNumberModel(), numbers.GetOrdinalModel()];
        _quantityModels =
        [
            (units.GetDimensionModel(), null), (units.GetCurrencyModel(), QuantityDimension.Currency),
            (units.GetTemperatureModel(), QuantityDimension.Temperature), (units.GetAgeModel(), QuantityDimension.Age),
            (numbers.GetPercentageModel(), QuantityDimension.Percentage),
        ];
        _dates = new DateTimeRecognizer(Culture.French).GetDateTimeModel();
    }

    /// <summary>The kinds Recognizers-Text can report.</summary>
    public EntityKindSet Kinds => EntityKindSet.Of(EntityKind.Number, EntityKind.Quantity, EntityKind.Date);

    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = options?.Kinds ?? EntityKindSet.All;
        var reference = options?.ReferenceDate;
        var found = new List<Entity>();
        lock (_gate)
        {
            if (kinds.Contains(EntityKind.Date))
            {
                var results = reference is { } day ? _dates.Parse(text, day.ToDateTime(new TimeOnly(12, 0))) : _dates.Parse(text);
                found.AddRange(results.Select(r => Map(text, r, DateOf)).OfType<Entity>());
            }

            if (kinds.Contains(EntityKind.Quantity))
            {
                foreach (var (model, dimension) in _quantityModels)
                {
                    found.AddRange(model.Parse(text).Select(r => Map(text, r, q => QuantityOf(q, dimension))).OfType<Entity>());
                }
            }

            if (kinds.Contains(EntityKind.Number))
            {
                foreach (var model in _numberModels)
                {
                    found.AddRange(model.Parse(text).Select(r => Map(text, r, NumberOf)).OfType<Entity>());
                }
            }
        }

        return new ExtractionResult(text, reference, Resolve(found), []);
    }

    public IEnumerable<ExtractionResult> ExtractBatch(IEnumerable<BatchDocument> documents, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Extract(document.Text, document.Options);
        }
    }

    /// <summary>Longest span first, then earliest; an entity overlapping an accepted one is dropped. Sorted by start.</summary>
    private static Entity[] Resolve(List<Entity> found)
    {
        var accepted = new List<Entity>();
        foreach (var entity in found.OrderByDescending(e => e.Length).ThenBy(e => e.Start))
        {
            if (!accepted.Any(a => a.Start < entity.End && entity.Start < a.End))
            {
                accepted.Add(entity);
            }
        }

        return accepted.OrderBy(e => e.Start).ThenBy(e => e.End).ToArray();
    }

    private static Entity? Map(string text, ModelResult result, Func<ModelResult, (EntityKind Kind, EntityValue Value)?> map)
    {
        // Some results (a fraction spelled out, say) come without a resolution: nothing to report for them.
        var mapped = result.Resolution is null ? null : map(result);
        // Recognizers-Text's End is the index of the last character; its Text may be lower-cased.
        var start = result.Start;
        var end = result.End + 1;
        if (mapped is not { } m || start < 0 || end > text.Length || start >= end)
        {
            return null;
        }

        return new Entity(m.Kind, start, end, text[start..end], null, m.Value);
    }

    private static (EntityKind, EntityValue)? NumberOf(ModelResult result) =>
        Number(result) is { } value ? (EntityKind.Number, new NumberValue(value, result.TypeName == "ordinal")) : null;

    private static (EntityKind, EntityValue)? QuantityOf(ModelResult result, QuantityDimension? dimension)
    {
        if (Number(result) is not { } value)
        {
            return null;
        }

        var subtype = result.Resolution.TryGetValue("subtype", out var raw) ? raw as string : null;
        var unit = result.Resolution.TryGetValue("isoCurrency", out var iso) && iso is string code ? code
            : result.Resolution.TryGetValue("unit", out var name) && name is string n ? n
            : dimension == QuantityDimension.Percentage ? "%" : string.Empty;
        var resolved = dimension ?? subtype switch
        {
            "Length" => QuantityDimension.Length,
            "Weight" => QuantityDimension.Mass,
            "Area" => QuantityDimension.Area,
            "Volume" => QuantityDimension.Volume,
            "Speed" => QuantityDimension.Speed,
            _ => QuantityDimension.Other,
        };
        return (EntityKind.Quantity, new QuantityValue(value, unit, resolved, value, false));
    }

    private static (EntityKind, EntityValue)? DateOf(ModelResult result)
    {
        if (!result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable values)
        {
            return null;
        }

        var first = values.OfType<IDictionary<string, string>>().FirstOrDefault();
        if (first is null || !first.TryGetValue("timex", out var timex))
        {
            return null;
        }

        var type = first.TryGetValue("type", out var t) ? t : null;
        return (EntityKind.Date, new DateValue(timex)
        {
            Type = type switch
            {
                "date" => DateValueType.Date,
                "time" => DateValueType.Time,
                "datetime" => DateValueType.DateTime,
                "daterange" => DateValueType.DateRange,
                "timerange" => DateValueType.TimeRange,
                "datetimerange" => DateValueType.DateTimeRange,
                "set" => DateValueType.Set,
                _ => null,
            },
            Start = first.TryGetValue("start", out var s) ? s : null,
            End = first.TryGetValue("end", out var e) ? e : null,
        });
    }

    /// <summary>The resolution's value ("1234,5", "5%", "5") as a number, or null.</summary>
    private static double? Number(ModelResult result) =>
        result.Resolution.TryGetValue("value", out var raw) && raw is string text
        && double.TryParse(text.TrimEnd('%').Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
