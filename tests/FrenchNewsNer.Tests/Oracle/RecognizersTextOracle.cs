using System.Collections;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.NumberWithUnit;
using RtNumberRecognizer = Microsoft.Recognizers.Text.Number.NumberRecognizer;

namespace FrenchNewsNer.Tests.Oracle;

/// <summary>One thing Recognizers-Text found: its span (end exclusive, as FrenchNewsNer's), type and resolution.</summary>
internal sealed record OracleResult(int Start, int End, string Text, string TypeName, IReadOnlyDictionary<string, object> Resolution)
{
    /// <summary>The resolution's "value" as a number ("1234,5", "5%" and "5" all read), or null.</summary>
    public double? Number => Resolution.TryGetValue("value", out var raw) && raw is string text
        && double.TryParse(text.TrimEnd('%').Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The resolution's string field <paramref name="key"/>, or null.</summary>
    public string? Field(string key) => Resolution.TryGetValue(key, out var raw) ? raw as string : null;

    /// <summary>The datetimeV2 resolution's values (timex, type, value or start/end), one dictionary per reading.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> DateValues =>
        Resolution.TryGetValue("values", out var raw) && raw is IEnumerable values
            ? values.OfType<IDictionary<string, string>>().Select(d => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(d)).ToArray()
            : [];

    public override string ToString() =>
        $"RT {TypeName} [{Start},{End}) \"{Text}\" {string.Join(", ", Resolution.Where(kv => kv.Value is string).Select(kv => $"{kv.Key}={kv.Value}"))}"
        + string.Concat(DateValues.Select(v => " {" + string.Join(" ", v.Select(kv => $"{kv.Key}:{kv.Value}")) + "}"));
}

/// <summary>
/// The Recognizers-Text French models, built once for the whole test run (building them compiles
/// hundreds of regular expressions and takes seconds; every oracle test shares these instances).
/// The models are not documented as thread-safe, so calls go through one lock: xunit runs test classes
/// in parallel.
/// </summary>
internal static class RecognizersTextOracle
{
    private static readonly object Gate = new();
    private static readonly Lazy<IModel> NumberModel = new(() => new RtNumberRecognizer(Culture.French).GetNumberModel());
    private static readonly Lazy<IModel> PercentageModel = new(() => new RtNumberRecognizer(Culture.French).GetPercentageModel());
    private static readonly Lazy<IModel[]> UnitModels = new(() =>
    {
        var units = new NumberWithUnitRecognizer(Culture.French);
        return [units.GetDimensionModel(), units.GetCurrencyModel(), units.GetTemperatureModel()];
    });

    private static readonly Lazy<IModel> DateTimeModel = new(() => new DateTimeRecognizer(Culture.French).GetDateTimeModel());

    /// <summary>Numbers (cardinal, decimal, fraction) in <paramref name="text"/>.</summary>
    public static IReadOnlyList<OracleResult> Numbers(string text) => Parse(NumberModel.Value, text, null);

    /// <summary>
    /// Quantities: dimensions, currencies, temperatures and percentages, ordered by start; only the
    /// model of <paramref name="dimension"/> when it is given (each model costs a pass over the text).
    /// </summary>
    public static IReadOnlyList<OracleResult> Quantities(string text, QuantityDimension? dimension = null)
    {
        var models = UnitModels.Value;
        IModel[] chosen = dimension switch
        {
            null => [.. models, PercentageModel.Value],
            QuantityDimension.Currency => [models[1]],
            QuantityDimension.Temperature => [models[2]],
            QuantityDimension.Percentage => [PercentageModel.Value],
            _ => [models[0]],
        };
        var found = new List<OracleResult>();
        foreach (var model in chosen)
        {
            found.AddRange(Parse(model, text, null));
        }

        return found.OrderBy(r => r.Start).ThenBy(r => r.End).ToArray();
    }

    /// <summary>Dates and times resolved against <paramref name="reference"/>.</summary>
    public static IReadOnlyList<OracleResult> Dates(string text, DateOnly reference) =>
        Parse(DateTimeModel.Value, text, reference.ToDateTime(new TimeOnly(12, 0)));

    private static OracleResult[] Parse(IModel model, string text, DateTime? reference)
    {
        List<ModelResult> results;
        lock (Gate)
        {
            results = reference is { } when && model is DateTimeModel dates ? dates.Parse(text, when) : model.Parse(text);
        }

        // Recognizers-Text's End is the index of the last character.
        return results
            .Select(r => new OracleResult(r.Start, r.End + 1, r.Text, r.TypeName, new Dictionary<string, object>(r.Resolution ?? new SortedDictionary<string, object>())))
            .ToArray();
    }
}
