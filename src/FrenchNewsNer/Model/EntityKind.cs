using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>The kinds of entity the extractor recognises (names as in docs/FORMAT.md).</summary>
[JsonConverter(typeof(EntityKindJsonConverter))]
public enum EntityKind
{
    /// <summary>A person, named without titles or roles ("Vladimir Poutine").</summary>
    Person = 0,

    /// <summary>An organisation, agency, institution or government seat used as an actor ("Ria Novosti", "Kremlin").</summary>
    Organization = 1,

    /// <summary>A country, region, city or named facility with its designator ("gare d'Artiom-Primorsky-1").</summary>
    Location = 2,

    /// <summary>A number with a unit of measure, a currency or a percentage ("250 kilomètres").</summary>
    Quantity = 3,

    /// <summary>A date, time, weekday, relative day or period ("hier", "13 septembre 2023").</summary>
    Date = 4,

    /// <summary>A cardinal or ordinal number that is part of no other entity ("deux", "35e").</summary>
    Number = 5,

    /// <summary>The noun phrase of an item given as a present ("cinq drones explosifs"); its own layer, may overlap others.</summary>
    Gift = 6,
}
