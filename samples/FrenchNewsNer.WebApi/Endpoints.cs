using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FrenchNewsNer.WebApi;

/// <summary>The body of <c>POST /extract</c>: FORMAT.md's batch input line without its id.</summary>
/// <param name="Text">The document text.</param>
/// <param name="ReferenceDate">The publication date; relative dates resolve against it.</param>
/// <param name="Kinds">The kinds wanted (FORMAT.md names); all when absent.</param>
public sealed record ExtractRequest(string? Text, DateOnly? ReferenceDate = null, EntityKindSet? Kinds = null);

/// <summary>The endpoints of the sample API.</summary>
public static class Endpoints
{
    /// <summary>Extracts the entities of one document; 400 when the body has no text.</summary>
    /// <param name="request">The request body.</param>
    /// <param name="extractor">The app's extractor.</param>
    /// <returns>200 with the <see cref="ExtractionResult"/>, or 400 with a problem description.</returns>
    public static Results<Ok<ExtractionResult>, ProblemHttpResult> Extract(ExtractRequest request, IEntityExtractor extractor)
    {
        if (request.Text is null)
        {
            return TypedResults.Problem("The body needs a \"text\".", statusCode: StatusCodes.Status400BadRequest);
        }

        var options = new ExtractionOptions { ReferenceDate = request.ReferenceDate, Kinds = request.Kinds ?? EntityKindSet.All };
        return TypedResults.Ok(extractor.Extract(request.Text, options));
    }
}

/// <summary>Source-generated JSON metadata for the API's own types (camelCase, like ASP.NET Core's web defaults).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ExtractRequest))]
public sealed partial class WebApiJsonContext : JsonSerializerContext
{
}
