using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FrenchNewsNer.Serialization;
using FrenchNewsNer.Tests.Serialization;
using FrenchNewsNer.WebApi;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrenchNewsNer.Tests.WebApi;

public sealed class WebApiTests(WebApplicationFactory<ExtractRequest> factory) : IClassFixture<WebApplicationFactory<ExtractRequest>>
{
    private const string Seed =
        "Le 13 septembre 2023, le président russe Vladimir Poutine a offert à Kim Jong Un une voiture de luxe Aurus. "
        + "Sergueï Choïgou lui a remis cinq drones explosifs à Vladivostok, à 250 kilomètres de la frontière. 🎉\r\n"
        + "M. Kim a quitté la Russie dimanche.";

    [Fact]
    public async Task Extract_returns_the_result_that_deserialises_back_equal_to_a_direct_extraction()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/extract", new { text = Seed, referenceDate = "2023-09-17" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        var back = JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult);

        var direct = EntityExtractor.Default.Extract(Seed, new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17) });
        Assert.NotNull(back);
        Assert.True(ResultGenerators.Same(direct, back), json);
        Assert.NotEmpty(direct.Gifts);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Vladimir Poutine", parsed.RootElement.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "Person").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Kinds_narrow_the_result_and_a_body_without_text_is_a_400()
    {
        using var client = factory.CreateClient();
        using var dates = await client.PostAsJsonAsync("/extract", new { text = Seed, kinds = new[] { "Date" } });
        var result = await dates.Content.ReadFromJsonAsync(FrenchNewsNerJsonContext.Default.ExtractionResult);
        Assert.NotNull(result);
        Assert.NotEmpty(result.Entities);
        Assert.All(result.Entities, e => Assert.Equal(EntityKind.Date, e.Kind));

        using var missing = await client.PostAsJsonAsync("/extract", new { referenceDate = "2023-09-17" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }
}
