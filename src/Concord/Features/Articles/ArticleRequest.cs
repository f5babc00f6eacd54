using System.Globalization;
using System.Text.Json;
using Concord.Data;
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
            var date = Date(form["date"].ToString(), read.Errors);
            if (file is null) read.Errors.Add("file", "The form has no file field named 'file'.");
            else if (file.Length > maxBytes) read.Problem = Problems.TooLarge(maxBytes);
            if (read.Errors.Any || read.Problem is not null) return read;
            read.Input = FromFile(await BytesAsync(file!, request.HttpContext.RequestAborted), file!.FileName, date, maxBytes, read.Errors);
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
            if (body?.Text is { } text && text.Length > maxBytes) read.Problem = Problems.TooLarge(maxBytes);
            else read.Input = FromText(body?.Text, body?.Source, body?.Date, read.Errors);
            return read;
        }
        read.Errors.Add("file", "Send the article as multipart/form-data with a field file, or as JSON {\"text\": ...}.");
        return read;
    }

    public static async Task<byte[]> BytesAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>An article in a file, read as <c>concord check</c> reads it.</summary>
    public static ArticleInput? FromFile(byte[] bytes, string fileName, DateOnly? date, long maxBytes, Errors errors)
    {
        string name = Path.GetFileName(fileName);
        var result = DocumentReader.Read(bytes, fileName, new ReadOptions(maxBytes));
        if (result.Error is { } error)
        {
            errors.Add(new Refusal("file", "ArticleUnreadable", $"{name}: {error}.", name, error));
            return null;
        }
        return Finish(name, result.Text, result.Format, result.Encoding, date, errors);
    }

    /// <summary>Pasted text; <paramref name="source"/> says where it came from (a link, a paper's name).</summary>
    public static ArticleInput? FromText(string? text, string? source, DateOnly? date, Errors errors)
    {
        string from = errors.Text("source", string.IsNullOrWhiteSpace(source) ? "pasted text" : source, 2000);
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new Refusal("text", "ArticleHasNoText", "The article has no text."));
        return errors.Any ? null : Finish(from, TextNormalizer.Normalize(text!), "text", "utf-8", date, errors);
    }

    /// <summary>A day written YYYY-MM-DD, or null when blank (and a refusal when it is not a day).</summary>
    public static DateOnly? Date(string? value, Errors errors)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(new Refusal("date", "NotADay", $"The date must be written YYYY-MM-DD, like 2025-04-29; '{value}' is not.", value));
        return null;
    }

    static ArticleInput? Finish(string source, string text, string format, string encoding, DateOnly? date, Errors errors)
    {
        var article = ClaimChecker.Check(text, [], new CheckOptions(source, null, date)).Article;
        if (article.Body.Count == 0)
        {
            errors.Add(new Refusal("text", "ArticleHasNoBody", $"{source}: no article text was found in it.", source));
            return null;
        }
        string? title = article.Title is { Length: > 1000 } t ? t[..1000] : article.Title;
        return new ArticleInput(source.Length > 2000 ? source[..2000] : source, title, article.Language.Code(), article.Date, text, format, encoding);
    }
}
