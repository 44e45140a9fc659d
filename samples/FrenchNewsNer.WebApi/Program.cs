using FrenchNewsNer;
using FrenchNewsNer.Extensions.DependencyInjection;
using FrenchNewsNer.Serialization;
using FrenchNewsNer.WebApi;

// A minimal API over the extractor: POST /extract {"text": "…", "referenceDate": "2023-09-17"} returns the
// ExtractionResult as FORMAT.md JSON (text, referenceDate, entities, gifts), which
// JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult) reads back.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, FrenchNewsNerJsonContext.Default);
    options.SerializerOptions.TypeInfoResolverChain.Insert(1, WebApiJsonContext.Default);
});

// One immutable, thread-safe extractor for the whole app, built once (FrenchNewsNer.Extensions.DependencyInjection);
// configure it here: builder => builder.AddPatternFile("patterns.jsonl").Exclude("…").
builder.Services.AddEntityExtractor();

var app = builder.Build();
app.MapPost("/extract", Endpoints.Extract);
app.MapGet("/", () => Results.Text("POST /extract {\"text\": \"…\", \"referenceDate\": \"YYYY-MM-DD\"} → entities and gifts (FORMAT.md JSON).\n"));
app.Run();
