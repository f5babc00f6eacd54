namespace Concord.Reading;

/// <summary>The values of <see cref="ReadResult.Format"/>.</summary>
public static class ReadFormat
{
    public const string Text = "text";
    public const string Markdown = "markdown";
    public const string Html = "html";
    public const string Pdf = "pdf";
    public const string Docx = "docx";
}
