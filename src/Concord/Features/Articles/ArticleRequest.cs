using System.Globalization;
using System.Text.Json;
using Concord.Reading;
using Concord.Text;
using Concord.Text.Checking;
using Concord.Text.Normalization;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Features.Articles;

/// <summary>Reads an article sent to the API: a file in multipart/form-data (read as <c>concord check</c> reads it,
/// HTML article extraction and encodings included) or JSON with pasted text. Its title, language and date are
/// read from the article as the check reads them; a date given wins.</summary>
internal sealed class ArticleRequest
{
    public sealed record ArticleInput(string Source, string? Title, string Language, DateOnly? Date, string Text, string Format, string Encoding);

    public ArticleInput? Input { get; private set; }
    public Errors Errors { get; } = new();
    public ProblemHttpResult? Problem { get; private set; }

    public static async Task<ArticleRequest> ReadAsync(HttpRequest request, long maxBytes)
    {
        var read = new ArticleRequest();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var file = form.Files.GetFile("file");
            var date = read.Date(form["date"].ToString());
            if (file is null) read.Errors.Add("file", "The form has no file field named 'file'.");
            else if (file.Length > maxBytes) read.Problem = Problems.TooLarge(maxBytes);
            if (read.Errors.Any || read.Problem is not null) return read;
            using var buffer = new MemoryStream((int)file!.Length);
            await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            var result = DocumentReader.Read(buffer.ToArray(), file.FileName, new ReadOptions(maxBytes));
            if (result.Error is { } error) read.Errors.Add("file", $"{file.FileName}: {error}.");
            else read.Finish(Path.GetFileName(file.FileName), result.Text, result.Format, result.Encoding, date);
            return read;
        }
        if (request.HasJsonContentType())
        {
            ArticlesApi.NewArticle? body;
            try { body = await request.ReadFromJsonAsync<ArticlesApi.NewArticle>(request.HttpContext.RequestAborted); }
            catch (JsonException e)
            {
                read.Errors.Add("text", "The JSON could not be read: " + e.Message);
                return read;
            }
            string source = read.Errors.Text("source", body?.Source ?? "pasted text", 2000);
            if (string.IsNullOrWhiteSpace(body?.Text)) read.Errors.Add("text", "The article has no text.");
            else if (body.Text.Length > maxBytes) read.Problem = Problems.TooLarge(maxBytes);
            if (!read.Errors.Any && read.Problem is null)
                read.Finish(source, TextNormalizer.Normalize(body!.Text!), "text", "utf-8", body.Date);
            return read;
        }
        read.Errors.Add("file", "Send the article as multipart/form-data with a field file, or as JSON {\"text\": ...}.");
        return read;
    }

    DateOnly? Date(string value)
    {
        if (value.Length == 0) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        Errors.Add("date", $"The date must be written YYYY-MM-DD, like 2025-04-29; '{value}' is not.");
        return null;
    }

    void Finish(string source, string text, string format, string encoding, DateOnly? date)
    {
        var article = ClaimChecker.Check(text, [], new CheckOptions(source, null, date)).Article;
        if (article.Body.Count == 0)
        {
            Errors.Add("text", $"{source}: no article text was found in it.");
            return;
        }
        string? title = article.Title is { Length: > 1000 } t ? t[..1000] : article.Title;
        Input = new ArticleInput(source.Length > 2000 ? source[..2000] : source, title, article.Language.Code(), article.Date, text, format, encoding);
    }
}
