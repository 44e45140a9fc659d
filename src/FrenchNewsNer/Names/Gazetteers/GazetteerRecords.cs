using System.Collections.Immutable;

namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>What kind of place a gazetteer entry names; the order is the order senses are preferred in.</summary>
internal enum PlaceType : byte
{
    /// <summary>A sovereign state ("Russie").</summary>
    Country,

    /// <summary>A dependent or disputed territory ("Groenland", "Hong Kong").</summary>
    Territory,

    /// <summary>A world region or supranational area ("Europe de l'Est", "Extrême-Orient russe").</summary>
    Area,

    /// <summary>A city of GeoNames cities15000, or a city added by hand.</summary>
    City,

    /// <summary>A first-level or second-level administrative region ("Primorie", "Oblast de Donetsk").</summary>
    Region,

    /// <summary>A smaller settlement or district ("Khassan").</summary>
    Locality,

    /// <summary>A named facility: cosmodrome, air base, station, plant ("Vostotchny").</summary>
    Facility,

    /// <summary>A sea, strait, river or lake ("mer Noire").</summary>
    Water,

    /// <summary>An island, peninsula, mountain range or desert ("île Rousski").</summary>
    Landform,
}

/// <summary>Where a gazetteer value came from; user entries override curated ones, which override generated ones.</summary>
internal enum GazetteerSource : byte
{
    /// <summary>A generated file (GeoNames, CLDR, hunspell-fr, npm lists).</summary>
    Generated,

    /// <summary>A hand-curated TSV written by the project.</summary>
    Curated,

    /// <summary>An entry the user added through the builder.</summary>
    User,
}

/// <summary>One meaning of a place name.</summary>
/// <param name="Canonical">The canonical French name ("Corée du Nord" for "RPDC").</param>
/// <param name="Type">What kind of place it is.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, or "" (world regions, user entries).</param>
/// <param name="Population">GeoNames population for cities; a ranking weight for others; 0 when unknown.</param>
/// <param name="Source">Where the sense came from.</param>
/// <param name="Id">The place's public id ("geonames:2013348", "iso3166:KP", "iso3166-2:RU-PRI"), or null.</param>
internal sealed record PlaceSense(string Canonical, PlaceType Type, string Country, int Population, GazetteerSource Source, string? Id = null);

/// <summary>
/// Every meaning of one place name, best first: user and curated senses, then by type (country, territory,
/// area, city, region, ...), then by population. "Géorgie" is the country before the US state.
/// </summary>
internal sealed class PlaceEntry
{
    public PlaceEntry(ImmutableArray<PlaceSense> senses) => Senses = senses;

    /// <summary>All senses, best first; never empty.</summary>
    public ImmutableArray<PlaceSense> Senses { get; }

    /// <summary>The preferred sense.</summary>
    public PlaceSense Primary => Senses[0];
}

/// <summary>What an organisation is; recognisers use it for cues such as "l'agence X".</summary>
internal enum OrganizationType : byte
{
    /// <summary>A news agency (AFP, TASS, KCNA).</summary>
    Agency,

    /// <summary>An intergovernmental organisation or one of its organs (ONU, Otan, Conseil de sécurité).</summary>
    International,

    /// <summary>A state institution, or the seat standing for it (Kremlin, Élysée, Pentagone, Bundestag).</summary>
    Institution,

    /// <summary>A newspaper, broadcaster or news site.</summary>
    Media,

    /// <summary>A political party or movement.</summary>
    Party,

    /// <summary>A company.</summary>
    Company,

    /// <summary>A non-governmental organisation or association.</summary>
    Ngo,

    /// <summary>An armed force, army unit, intelligence service or armed group.</summary>
    Military,

    /// <summary>A university, school or research body.</summary>
    Education,

    /// <summary>A sports body or club.</summary>
    Sport,

    /// <summary>A religious body.</summary>
    Religious,
}

/// <summary>An organisation of the curated list.</summary>
/// <param name="Canonical">The canonical name ("Agence France-Presse").</param>
/// <param name="Type">The organisation type.</param>
/// <param name="Country">ISO 3166-1 code, or "" for international bodies.</param>
/// <param name="Acronyms">Its acronyms ("AFP"), so an acronym and its expansion can be paired.</param>
/// <param name="Source">Where the entry came from.</param>
/// <param name="Id">The organisation's public id (the optional id column), or null.</param>
internal sealed record OrganizationInfo(string Canonical, OrganizationType Type, string Country, ImmutableArray<string> Acronyms, GazetteerSource Source, string? Id = null);

/// <summary>A person's grammatical gender as a cue (M./Mme, président/présidente).</summary>
[Flags]
internal enum NameGender : byte
{
    /// <summary>Unknown.</summary>
    None = 0,

    /// <summary>Masculine.</summary>
    Masculine = 1,

    /// <summary>Feminine.</summary>
    Feminine = 2,

    /// <summary>Either.</summary>
    Both = Masculine | Feminine,
}

/// <summary>Grammatical number of a demonym or title form.</summary>
[Flags]
internal enum GrammaticalNumber : byte
{
    /// <summary>Unknown.</summary>
    None = 0,

    /// <summary>Singular.</summary>
    Singular = 1,

    /// <summary>Plural.</summary>
    Plural = 2,

    /// <summary>Either ("français").</summary>
    Both = Singular | Plural,
}

/// <summary>The main role that makes a person newsworthy.</summary>
internal enum PersonRole : byte
{
    /// <summary>Head of state (president, monarch, supreme leader).</summary>
    HeadOfState,

    /// <summary>Head of government (prime minister, chancellor).</summary>
    HeadOfGovernment,

    /// <summary>Minister or secretary of state.</summary>
    Minister,

    /// <summary>Politician (party leader, opposition figure, member of parliament).</summary>
    Politician,

    /// <summary>Senior official, spokesperson, governor, diplomat.</summary>
    Official,

    /// <summary>Head of an international organisation.</summary>
    International,

    /// <summary>Military commander or leader of an armed group.</summary>
    Military,

    /// <summary>Member of a royal family.</summary>
    Royalty,

    /// <summary>Religious leader.</summary>
    Religious,

    /// <summary>Business leader.</summary>
    Business,

    /// <summary>Activist, dissident, journalist, other public figure.</summary>
    Other,
}

/// <summary>A person of the curated list.</summary>
/// <param name="Canonical">The canonical name in French spelling ("Vladimir Poutine").</param>
/// <param name="Gender">The person's gender.</param>
/// <param name="Country">ISO 3166-1 code, or "".</param>
/// <param name="Role">The main role.</param>
/// <param name="Source">Where the entry came from.</param>
/// <param name="Id">The person's public id (the optional id column), or null.</param>
internal sealed record PersonInfo(string Canonical, NameGender Gender, string Country, PersonRole Role, GazetteerSource Source, string? Id = null);

/// <summary>A demonym form: evidence for a place or nationality, never an entity itself.</summary>
/// <param name="Place">The canonical name of the place ("Corée du Nord" for "nord-coréennes").</param>
/// <param name="Country">ISO 3166-1 code of the country, or "" for other places.</param>
/// <param name="Gender">Gender of the form.</param>
/// <param name="Number">Number of the form.</param>
internal sealed record Demonym(string Place, string Country, NameGender Gender, GrammaticalNumber Number);

/// <summary>What a person title says.</summary>
internal enum TitleCategory : byte
{
    /// <summary>A civility before a name: M., Mme, Dr.</summary>
    Civility,

    /// <summary>A political or administrative office: président, ministre, gouverneur.</summary>
    Office,

    /// <summary>A role: dirigeant, porte-parole, chef, patron.</summary>
    Role,

    /// <summary>A military or police rank: général, colonel.</summary>
    Military,

    /// <summary>A nobility or royal title: roi, reine, prince.</summary>
    Royal,

    /// <summary>A religious title: pape, cardinal, imam.</summary>
    Religious,

    /// <summary>A profession used as a cue: avocat, juge, professeur, journaliste.</summary>
    Profession,
}

/// <summary>A title or role word that announces a person ("le ministre", "Mme").</summary>
/// <param name="Title">The title as written in the list.</param>
/// <param name="Gender">The gender the title implies.</param>
/// <param name="Number">Singular or plural.</param>
/// <param name="Category">What kind of title it is.</param>
internal sealed record TitleInfo(string Title, NameGender Gender, GrammaticalNumber Number, TitleCategory Category);

/// <summary>A designator noun that, with a proper name, forms a place or organisation ("cosmodrome de X").</summary>
/// <param name="Designator">The designator as written in the list.</param>
/// <param name="Kind">Location or Organization.</param>
/// <param name="Gender">Gender of the noun (for "de la"/"du" agreement).</param>
/// <param name="Category">A finer class, e.g. facility, region, military, government.</param>
internal sealed record DesignatorInfo(string Designator, EntityKind Kind, NameGender Gender, string Category);
