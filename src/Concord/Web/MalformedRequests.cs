namespace Concord.Web;

/// <summary>Tells a request whose body could not be read as what it claimed to be (a multipart or URL-encoded form cut
/// short, without a boundary, or over a limit) from a fault of the server: the first is the sender's (4xx), not a 500.</summary>
public static class MalformedRequests
{
    /// <summary>The status to answer for <paramref name="exception"/> when the request is at fault; null otherwise.</summary>
    public static int? Status(Exception? exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        // The form readers throw a bare IOException when the body ends before the form does.
        IOException when (exception.StackTrace ?? "").Contains("Microsoft.AspNetCore.WebUtilities.", StringComparison.Ordinal)
            || (exception.StackTrace ?? "").Contains("Microsoft.AspNetCore.Http.Features.FormFeature", StringComparison.Ordinal) => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
