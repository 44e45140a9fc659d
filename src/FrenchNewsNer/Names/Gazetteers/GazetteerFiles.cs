using System.Collections.Immutable;
using System.Globalization;
using FrenchNewsNer.Lexicon;
using System.Runtime.CompilerServices;

namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>
/// Parses the gazetteer files (see Data/README.md for their columns) from readers, so the embedded files
/// and test data go through the same checks. Every parser reads and validates all rows before it returns
/// anything: a malformed line throws <see cref="DataFormatException"/> with the file and line, and no
/// half-built table escapes.
/// </summary>
internal static class GazetteerFiles
{
    /// <summary>Resource paths under Data/.</summary>
    public const string PlacesPath = "names/places.tsv.gz";
    public const string PlacesExtraPath = "names/places-extra.tsv";
    public const string OrganizationsPath = "names/organizations.tsv";
    public const string PersonsPath = "names/persons.tsv";
    public const string DemonymsPath = "names/demonyms.tsv.gz";
    public const string FirstNamesPath = "names/first-names.txt";
    public const string SurnamesPath = "names/surnames.txt.gz";
    public const string CommonWordsPath = "names/common-words.txt";
    public const string TitlesPath = "names/titles.tsv";
    public const string DesignatorsPath = "names/designators.tsv";

    private static readonly Dictionary<string, PlaceType> PlaceTypes = new(StringComparer.Ordinal)
    {
        ["country"] = PlaceType.Country,
        ["territory"] = PlaceType.Territory,
        ["area"] = PlaceType.Area,
        ["city"] = PlaceType.City,
        ["region"] = PlaceType.Region,
        ["locality"] = PlaceType.Locality,
        ["facility"] = PlaceType.Facility,
        ["water"] = PlaceType.Water,
        ["landform"] = PlaceType.Landform,
    };

    private static readonly Dictionary<string, OrganizationType> OrganizationTypes = new(StringComparer.Ordinal)
    {
        ["agency"] = OrganizationType.Agency,
        ["international"] = OrganizationType.International,
        ["institution"] = OrganizationType.Institution,
        ["media"] = OrganizationType.Media,
        ["party"] = OrganizationType.Party,
        ["company"] = OrganizationType.Company,
        ["ngo"] = OrganizationType.Ngo,
        ["military"] = OrganizationType.Military,
        ["education"] = OrganizationType.Education,
        ["sport"] = OrganizationType.Sport,
        ["religious"] = OrganizationType.Religious,
    };

    private static readonly Dictionary<string, PersonRole> PersonRoles = new(StringComparer.Ordinal)
    {
        ["head-of-state"] = PersonRole.HeadOfState,
        ["head-of-government"] = PersonRole.HeadOfGovernment,
        ["minister"] = PersonRole.Minister,
        ["politician"] = PersonRole.Politician,
        ["official"] = PersonRole.Official,
        ["international"] = PersonRole.International,
        ["military"] = PersonRole.Military,
        ["royalty"] = PersonRole.Royalty,
        ["religious"] = PersonRole.Religious,
        ["business"] = PersonRole.Business,
        ["other"] = PersonRole.Other,
    };

    private static readonly Dictionary<string, TitleCategory> TitleCategories = new(StringComparer.Ordinal)
    {
        ["civility"] = TitleCategory.Civility,
        ["office"] = TitleCategory.Office,
        ["role"] = TitleCategory.Role,
        ["military"] = TitleCategory.Military,
        ["royal"] = TitleCategory.Royal,
        ["religious"] = TitleCategory.Religious,
        ["profession"] = TitleCategory.Profession,
    };

    /// <summary>
    /// The places: the generated file, then the curated one over it. A curated sense replaces the generated
    /// senses of the same name with its type and country ("Kyiv" the city becomes canonical "Kiev"), and
    /// comes first.
    /// </summary>
    public static NameIndex<PlaceEntry> ReadPlaces(TextReader generated, string generatedSource, TextReader curated, string curatedSource) =>
        ReadPlaces(generated, generatedSource, curated, curatedSource, null);

    /// <summary>
    /// <see cref="ReadPlaces(TextReader, string, TextReader, string)"/>, also giving every place sense with an id
    /// to <paramref name="ids"/> (the generated file's id column; a curated row's id column, else the id of the
    /// generated sense it replaces, else for a country or territory its ISO 3166-1 code).
    /// </summary>
    public static NameIndex<PlaceEntry> ReadPlaces(TextReader generated, string generatedSource, TextReader curated, string curatedSource, PlaceIdCollector? ids)
    {
        var curatedRows = TsvReader.ReadAll(curated, curatedSource, "canonical", "type");
        var builder = new NameIndex<PlaceEntry>.Builder(MergePlaces);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal); // one string per country code
        ReadGeneratedPlaces(generated, generatedSource, builder, countries);

        foreach (var row in curatedRows)
        {
            var type = Parse(PlaceTypes, row, 1, "place type");
            var country = Country(row, 2, countries);
            var names = NamesOf(row, 0, 3, 4).ToList();

            // "RPDC" has no generated sense of its own: take the population of the generated senses of the
            // row's other names ("Corée du Nord"), so senses rank the same whichever name is read.
            // Its id likewise: the row's own, else that of the most populous generated sense it replaces.
            var population = 0;
            var id = OptionalId(row, 5);
            var idPopulation = -1;
            foreach (var name in names)
            {
                if (builder.TryGet(name, out var known))
                {
                    foreach (var sense in known.Senses)
                    {
                        if (sense.Source == GazetteerSource.Generated && sense.Type == type && sense.Country == country)
                        {
                            population = Math.Max(population, sense.Population);
                            if (OptionalId(row, 5) is null && sense.Id is not null && sense.Population > idPopulation)
                            {
                                id = sense.Id;
                                idPopulation = sense.Population;
                            }
                        }
                    }
                }
            }

            if (id is null && type is PlaceType.Country or PlaceType.Territory && country.Length == 2)
            {
                id = "iso3166:" + country;
            }

            var entry = new PlaceEntry([new PlaceSense(row[0], type, country, population, GazetteerSource.Curated, id)]);
            foreach (var name in names)
            {
                builder.Add(name, entry);
            }
        }

        return builder.Build(entry =>
        {
            var sorted = SortSenses(entry);
            ids?.Add(sorted);
            return sorted;
        });
    }

    // The optional id column of a curated row: empty, or an id of the shape NameIds.IsWellFormed checks.
    private static string? OptionalId(TsvRow row, int column)
    {
        var id = At(row, column);
        if (id.Length == 0)
        {
            return null;
        }

        return NameIds.IsWellFormed(id) ? id : throw row.Error($"the id '{id}' is not of the form scheme:value");
    }

    /// <summary>
    /// Reads places.tsv.gz (name, type, population, country, canonical) with a lean line parser: it has
    /// 31,000 rows and is read on every start, so rows are parsed from spans without the per-field strings
    /// of <see cref="TsvReader"/>, and the rows of one name (adjacent, the file being sorted) become one entry.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per start on tens of thousands of rows: skip the slow first tier
    private static void ReadGeneratedPlaces(TextReader reader, string source, NameIndex<PlaceEntry>.Builder builder, Dictionary<string, string> countries)
    {
        // The id column is optional, so a file written before it existed still reads.
        const string Header = "name\ttype\tpopulation\tcountry\tcanonical";
        const string HeaderWithIds = Header + "\tid";
        var fieldCount = 5;
        var lineNumber = 0;
        var sawHeader = false;
        string? currentName = null;
        var senses = new List<PlaceSense>(4);
        var countryCodes = new Dictionary<int, string>();

        // One string for the whole file, read as spans: a string per line was 31,000 allocations to collect.
        var remaining = reader.ReadToEnd().AsSpan();
        while (!remaining.IsEmpty)
        {
            var lineEnd = remaining.IndexOf('\n');
            var line = lineEnd < 0 ? remaining : remaining[..lineEnd];
            remaining = lineEnd < 0 ? ReadOnlySpan<char>.Empty : remaining[(lineEnd + 1)..];
            line = line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!sawHeader)
            {
                if (line.SequenceEqual(HeaderWithIds))
                {
                    fieldCount = 6;
                }
                else if (!line.SequenceEqual(Header))
                {
                    throw new DataFormatException(source, lineNumber, $"expected the header '{Header.Replace("\t", "\\t", StringComparison.Ordinal)}', found '{line.ToString()}'");
                }

                sawHeader = true;
                continue;
            }

            var rest = line;
            var name = NextField(ref rest);
            var typeField = NextField(ref rest);
            var populationField = NextField(ref rest);
            var countryField = NextField(ref rest);
            var canonicalField = NextField(ref rest);
            var idField = fieldCount == 6 ? NextField(ref rest) : ReadOnlySpan<char>.Empty;
            if (name.IsEmpty || !rest.IsEmpty || line.Count('\t') != fieldCount - 1)
            {
                throw new DataFormatException(source, lineNumber, $"expected {fieldCount} tab-separated fields with a name, found '{line.ToString()}'");
            }

            string? id = null;
            if (!idField.IsEmpty)
            {
                id = idField.ToString();
                if (!NameIds.IsWellFormed(id))
                {
                    throw new DataFormatException(source, lineNumber, $"the id '{id}' is not of the form scheme:value");
                }
            }

            PlaceType type = typeField switch
            {
                "city" => PlaceType.City,
                "region" => PlaceType.Region,
                "country" => PlaceType.Country,
                "territory" => PlaceType.Territory,
                "area" => PlaceType.Area,
                _ => throw new DataFormatException(source, lineNumber, $"unknown place type '{typeField}' (generated places are city, region, country, territory or area)"),
            };

            if (!int.TryParse(populationField, NumberStyles.None, CultureInfo.InvariantCulture, out var population))
            {
                throw new DataFormatException(source, lineNumber, $"population '{populationField}' is not a whole number");
            }

            var country = string.Empty;
            if (!countryField.IsEmpty)
            {
                if (countryField.Length != 2 || !char.IsAsciiLetterUpper(countryField[0]) || !char.IsAsciiLetterUpper(countryField[1]))
                {
                    throw new DataFormatException(source, lineNumber, $"country '{countryField}' is not an ISO 3166-1 alpha-2 code");
                }

                // One string per code, found without allocating (net8.0 has no span look-up in Dictionary).
                var code = (countryField[0] << 8) | countryField[1];
                if (!countryCodes.TryGetValue(code, out country!))
                {
                    country = countryField.ToString();
                    countryCodes[code] = country;
                    countries[country] = country;
                }
            }

            if (currentName is null || !name.SequenceEqual(currentName))
            {
                Flush();
                currentName = name.ToString();
            }

            var canonical = canonicalField.IsEmpty ? currentName : canonicalField.ToString();
            senses.Add(new PlaceSense(canonical, type, country, population, GazetteerSource.Generated, id));
        }

        if (!sawHeader)
        {
            throw new DataFormatException(source, 0, "no header line");
        }

        Flush();

        void Flush()
        {
            if (currentName is not null && senses.Count > 0)
            {
                builder.Add(currentName, new PlaceEntry([.. senses]));
                senses.Clear();
            }
        }
    }

    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> rest)
    {
        var tab = rest.IndexOf('\t');
        ReadOnlySpan<char> field;
        if (tab < 0)
        {
            field = rest;
            rest = ReadOnlySpan<char>.Empty;
        }
        else
        {
            field = rest[..tab];
            rest = rest[(tab + 1)..];
        }

        return field;
    }

    /// <summary>The curated organisations; a name listed for two organisations is an error.</summary>
    public static NameIndex<OrganizationInfo> ReadOrganizations(TextReader reader, string source) => ReadOrganizations(reader, source, null);

    /// <summary><see cref="ReadOrganizations(TextReader, string)"/>, also giving the ids of the id column to <paramref name="ids"/>, by canonical name.</summary>
    public static NameIndex<OrganizationInfo> ReadOrganizations(TextReader reader, string source, Dictionary<string, string>? ids)
    {
        var rows = TsvReader.ReadAll(reader, source, "canonical", "type");
        var builder = new NameIndex<OrganizationInfo>.Builder();
        var owners = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var info = new OrganizationInfo(row[0], Parse(OrganizationTypes, row, 1, "organisation type"), Country(row, 2, null),
                SplitList(At(row, 3)).ToImmutableArray(), GazetteerSource.Curated, OptionalId(row, 5));
            if (info.Id is not null && ids is not null)
            {
                ids[info.Canonical] = info.Id;
            }

            foreach (var name in NamesOf(row, 0, 3, 4))
            {
                CheckUnique(owners, name, row);
                builder.Add(name, info);
            }
        }

        return builder.Build();
    }

    /// <summary>The curated persons; a name listed for two persons is an error.</summary>
    public static NameIndex<PersonInfo> ReadPersons(TextReader reader, string source) => ReadPersons(reader, source, null);

    /// <summary><see cref="ReadPersons(TextReader, string)"/>, also giving the ids of the id column to <paramref name="ids"/>, by canonical name.</summary>
    public static NameIndex<PersonInfo> ReadPersons(TextReader reader, string source, Dictionary<string, string>? ids)
    {
        var rows = TsvReader.ReadAll(reader, source, "canonical", "gender", "role");
        var builder = new NameIndex<PersonInfo>.Builder();
        var owners = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var gender = row[1] switch
            {
                "m" => NameGender.Masculine,
                "f" => NameGender.Feminine,
                _ => throw row.Error($"gender '{row[1]}' is not m or f"),
            };
            var info = new PersonInfo(row[0], gender, Country(row, 3, null), Parse(PersonRoles, row, 2, "role"), GazetteerSource.Curated, OptionalId(row, 5));
            if (info.Id is not null && ids is not null)
            {
                ids[info.Canonical] = info.Id;
            }

            foreach (var name in NamesOf(row, 0, 4))
            {
                CheckUnique(owners, name, row);
                builder.Add(name, info);
            }
        }

        return builder.Build();
    }

    /// <summary>The demonym forms, keyed by their folded form.</summary>
    public static FoldedMap<Demonym> ReadDemonyms(TextReader reader, string source)
    {
        var rows = TsvReader.ReadAll(reader, source, "form", "place", "gender", "number");
        var builder = new FoldedMap<Demonym>.Builder();
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            builder.Add(row[0], new Demonym(row[1], Country(row, 4, countries), Gender(row, 2, allowBoth: true), Number(row, 3)));
        }

        return builder.Build();
    }

    /// <summary>
    /// First names with their gender: generated lines "folded-name&lt;TAB&gt;m|f|mf", folded, unique and in
    /// ordinal order (see <see cref="FirstNameTable"/>).
    /// </summary>
    public static FirstNameTable ReadFirstNames(TextReader reader, string source) => FirstNameTable.Read(reader, source);

    /// <summary>A list of one name per line ('#' comments skipped).</summary>
    public static FoldedKeySet ReadNameList(TextReader reader, string source)
    {
        var builder = new FoldedKeySet.Builder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Contains('\t') || string.IsNullOrWhiteSpace(line))
            {
                throw new DataFormatException(source, lineNumber, $"expected one name on the line, found '{line}'");
            }

            builder.Add(line.Trim());
        }

        return builder.Build();
    }

    /// <summary>The person titles and cues.</summary>
    public static NameIndex<TitleInfo> ReadTitles(TextReader reader, string source)
    {
        var rows = TsvReader.ReadAll(reader, source, "title", "gender", "number", "category");
        var builder = new NameIndex<TitleInfo>.Builder();
        foreach (var row in rows)
        {
            builder.Add(row[0], new TitleInfo(row[0], Gender(row, 1, allowBoth: true), Number(row, 2), Parse(TitleCategories, row, 3, "title category")));
        }

        return builder.Build();
    }

    /// <summary>The place and organisation designators.</summary>
    public static NameIndex<DesignatorInfo> ReadDesignators(TextReader reader, string source)
    {
        var rows = TsvReader.ReadAll(reader, source, "designator", "kind", "gender", "category");
        var builder = new NameIndex<DesignatorInfo>.Builder();
        foreach (var row in rows)
        {
            var kind = row[1] switch
            {
                "Location" => EntityKind.Location,
                "Organization" => EntityKind.Organization,
                _ => throw row.Error($"kind '{row[1]}' is not Location or Organization"),
            };
            builder.Add(row[0], new DesignatorInfo(row[0], kind, Gender(row, 2, allowBoth: true), row[3]));
        }

        return builder.Build();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PlaceEntry MergePlaces(PlaceEntry existing, PlaceEntry added)
    {
        var all = existing.Senses.AddRange(added.Senses);
        var anyCurated = false;
        foreach (var sense in all)
        {
            anyCurated |= sense.Source != GazetteerSource.Generated;
        }

        if (!anyCurated)
        {
            return new PlaceEntry(all);
        }

        // A curated sense stands for every generated sense of the same type and country, and keeps the
        // largest population among them, which only the generated data knows.
        var kept = ImmutableArray.CreateBuilder<PlaceSense>(all.Length);
        foreach (var sense in all)
        {
            var population = sense.Population;
            var id = sense.Id;
            var idPopulation = -1;
            var replaced = false;
            foreach (var other in all)
            {
                if (other.Type != sense.Type || other.Country != sense.Country)
                {
                    continue;
                }

                if (sense.Source == GazetteerSource.Generated && other.Source != GazetteerSource.Generated)
                {
                    replaced = true;
                }
                else if (sense.Source != GazetteerSource.Generated && other.Source == GazetteerSource.Generated)
                {
                    population = Math.Max(population, other.Population);
                    if (sense.Id is null && other.Id is not null && other.Population > idPopulation)
                    {
                        id = other.Id;
                        idPopulation = other.Population;
                    }
                }
            }

            if (!replaced)
            {
                kept.Add(population == sense.Population && ReferenceEquals(id, sense.Id) ? sense : sense with { Population = population, Id = id });
            }
        }

        return new PlaceEntry(kept.ToImmutable());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PlaceEntry SortSenses(PlaceEntry entry)
    {
        if (entry.Senses.Length == 1)
        {
            return entry;
        }

        var distinct = new List<PlaceSense>(entry.Senses.Length);
        foreach (var sense in entry.Senses)
        {
            var same = distinct.FindIndex(s => s.Canonical == sense.Canonical && s.Type == sense.Type && s.Country == sense.Country && s.Source == sense.Source);
            if (same < 0)
            {
                distinct.Add(sense);
            }
            else if (sense.Population > distinct[same].Population)
            {
                distinct[same] = sense;
            }
        }

        distinct.Sort(static (a, b) =>
        {
            var c = b.Source.CompareTo(a.Source);
            c = c != 0 ? c : a.Type.CompareTo(b.Type);
            c = c != 0 ? c : b.Population.CompareTo(a.Population);
            c = c != 0 ? c : string.CompareOrdinal(a.Canonical, b.Canonical);
            return c != 0 ? c : string.CompareOrdinal(a.Country, b.Country);
        });
        return new PlaceEntry(distinct.ToImmutableArray());
    }

    private static IEnumerable<string> NamesOf(TsvRow row, int canonicalColumn, params int[] listColumns)
    {
        yield return row[canonicalColumn];
        foreach (var column in listColumns)
        {
            foreach (var name in SplitList(At(row, column)))
            {
                yield return name;
            }
        }
    }

    // Optional trailing columns may be missing from a file's header altogether.
    private static string At(TsvRow row, int column) => column < row.Fields.Length ? row[column] : string.Empty;

    private static IEnumerable<string> SplitList(string field) =>
        field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static void CheckUnique(Dictionary<string, TsvRow> owners, string name, TsvRow row)
    {
        var key = string.Join(' ', TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (owners.TryGetValue(key, out var owner) && owner.Line != row.Line)
        {
            throw row.Error($"the name '{name}' is already given to '{owner[0]}' on line {owner.Line}");
        }

        owners[key] = row;
    }

    private static TValue Parse<TValue>(Dictionary<string, TValue> values, TsvRow row, int column, string what) =>
        values.TryGetValue(row[column], out var value)
            ? value
            : throw row.Error($"unknown {what} '{row[column]}'; expected one of {string.Join(", ", values.Keys)}");

    private static string Country(TsvRow row, int column, Dictionary<string, string>? intern)
    {
        var code = At(row, column);
        if (code.Length == 0)
        {
            return string.Empty;
        }

        if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
        {
            throw row.Error($"country '{code}' is not an ISO 3166-1 alpha-2 code");
        }

        if (intern is null)
        {
            return code;
        }

        if (!intern.TryGetValue(code, out var shared))
        {
            intern[code] = shared = code;
        }

        return shared;
    }

    private static NameGender Gender(TsvRow row, int column, bool allowBoth) => row[column] switch
    {
        "m" => NameGender.Masculine,
        "f" => NameGender.Feminine,
        "mf" when allowBoth => NameGender.Both,
        _ => throw row.Error($"gender '{row[column]}' is not m, f{(allowBoth ? " or mf" : string.Empty)}"),
    };

    private static GrammaticalNumber Number(TsvRow row, int column) => row[column] switch
    {
        "s" => GrammaticalNumber.Singular,
        "p" => GrammaticalNumber.Plural,
        "sp" => GrammaticalNumber.Both,
        _ => throw row.Error($"number '{row[column]}' is not s, p or sp"),
    };
}
