using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Web;

/// <summary>The ProblemDetails answers of the API, each with a message a person can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what}.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult Stale(long current) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed since you read it",
            detail: $"Someone changed this record since you read it (it is now at version {current}). Read it again and make your change on the new version; nothing was changed.");

    public static ProblemHttpResult NeedsIfMatch() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
            detail: "Send the record's ETag (from the GET that read it) in an If-Match header, so that a change made by someone else in between is not overwritten.");

    public static ProblemHttpResult BadIfMatch(string value) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "If-Match not understood",
            detail: $"If-Match must be one ETag as the API gave it, like \"3\"; '{value}' is not.");

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
            detail: $"The file is larger than the {limit / (1024 * 1024)} MB an evidence file may be.");

    public static ProblemHttpResult Unsupported(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "File type not accepted", detail: detail);
}
