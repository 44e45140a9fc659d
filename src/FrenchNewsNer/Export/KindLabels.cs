namespace FrenchNewsNer.Export;

/// <summary>Entity labels as the formats write them (FORMAT.md kind names) and as they are read back.</summary>
internal static class KindLabels
{
    /// <summary>The label of a kind: its FORMAT.md name.</summary>
    public static string Of(EntityKind kind) => kind.ToString();

    /// <summary>
    /// The kind a label names: a FORMAT.md kind name in any case, or the labels of common NER corpora
    /// (PER, ORG, LOC, GPE, DATE, TIME, QUANTITY, MONEY, PERCENT, CARDINAL, ORDINAL).
    /// </summary>
    public static bool TryParse(string label, out EntityKind kind)
    {
        foreach (var candidate in Enum.GetValues<EntityKind>())
        {
            if (label.Equals(Of(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        switch (label.ToUpperInvariant())
        {
            case "PER" or "PERS" or "PERSON":
                kind = EntityKind.Person;
                return true;
            case "ORG":
                kind = EntityKind.Organization;
                return true;
            case "LOC" or "GPE" or "FAC":
                kind = EntityKind.Location;
                return true;
            case "TIME":
                kind = EntityKind.Date;
                return true;
            case "MONEY" or "PERCENT":
                kind = EntityKind.Quantity;
                return true;
            case "CARDINAL" or "ORDINAL":
                kind = EntityKind.Number;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>Entities in the order of <see cref="ExtractionResult.Entities"/>: by start, then end, then kind.</summary>
    public static List<Entity> Sorted(List<Entity> entities)
    {
        // A stable sort: equal spans of one kind keep the file's order.
        return entities.Select((entity, index) => (entity, index))
            .OrderBy(p => p.entity.Start).ThenBy(p => p.entity.End).ThenBy(p => p.entity.Kind).ThenBy(p => p.index)
            .Select(p => p.entity)
            .ToList();
    }
}
