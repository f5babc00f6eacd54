using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Concord.Data.Tests;
using Concord.Tests.Api;

namespace Concord.Tests.Pages;

/// <summary>Files for the import page: the corpus statement, and files it must refuse.</summary>
internal static class ImportUploads
{
    public sealed record Upload(string Field, string Name, byte[] Bytes, string ContentType = "text/plain");

    public static Upload English(string field = "file0") =>
        new(field, Text.Tests.Corpus.StatementEn, Encoding.UTF8.GetBytes(Text.Tests.Corpus.Read(Text.Tests.Corpus.StatementEn)));

    public static Upload Vietnamese(string field = "file1") =>
        new(field, Text.Tests.Corpus.StatementVi, Encoding.UTF8.GetBytes(Text.Tests.Corpus.Read(Text.Tests.Corpus.StatementVi)));

    /// <summary>A DOCX whose document part inflates to hundreds of megabytes from a few hundred kilobytes.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = zip.CreateEntry("[Content_Types].xml");
            using (var w = new StreamWriter(types.Open()))
                w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            var rels = zip.CreateEntry("_rels/.rels");
            using (var w = new StreamWriter(rels.Open()))
                w.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var s = document.Open();
            s.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)'a');
            for (int i = 0; i < 200; i++) s.Write(spaces);
            s.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return buffer.ToArray();
    }

    /// <summary>Submits a multipart form of <paramref name="page"/> with its own fields, <paramref name="values"/>
    /// instead where given, and the files.</summary>
    public static async Task<PageResponse> SubmitAsync(PageClient client, PageResponse page, string selector, IEnumerable<Upload> files,
        IReadOnlyDictionary<string, string>? values = null, bool withToken = true)
    {
        var form = page.Form(selector);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in PageClient.Fields(form))
        {
            if (values?.ContainsKey(name) == true) continue;
            if (!withToken && name == "__RequestVerificationToken") continue;
            content.Add(new StringContent(value), name);
        }
        foreach (var (name, value) in values ?? new Dictionary<string, string>()) content.Add(new StringContent(value), name);
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.Name);
        }
        return await client.PostAsync(form.GetAttribute("action")!, content);
    }

    /// <summary>The folder the app keeps uploads in between preview and save, for this host's register.</summary>
    public static string PendingFolder(ApiHost host) =>
        Features.Import.PendingUploads.For(host.Store, host.Clock).Root;

    public static int PendingCount(ApiHost host) =>
        Directory.Exists(PendingFolder(host)) ? Directory.GetDirectories(PendingFolder(host)).Length : 0;

    public static TheoryData<string> Providers => TestRegister.Providers;
}
