using System.Text;

namespace Concord.Tests.Reading.Fuzzing;

/// <summary>The real files the fuzzer mutates, one list per reader: built in code (so that every run starts from the
/// same, valid files that reach deep into each reader), plus the project's sample statements and, when present, the
/// corpus texts, read at run time.</summary>
public static class FuzzSeeds
{
    const string Vi = "1. Hai bên nhất trí thúc đẩy hợp tác về năng lượng tái tạo, hướng tới 50.000 kỹ sư vào năm 2030.\n\n"
        + "2. Hai Thủ tướng hoan nghênh việc mở đường bay thẳng Hà Nội – Đà Nẵng, khoảng 3,5 triệu lượt khách mỗi năm.\n";
    const string En = "1. The two sides agreed to expand cooperation on urban railways by 2028.\n\n2. They welcomed the 2+2 dialogue.\n";
    const string Ja = "1. 両首脳は、2030年までに5万人の技術者を育成することで一致した。\n\n2. 両国は協力を強化する。\n";

    static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    /// <summary>Text in every encoding the decoder reads: UTF-8 with and without a byte-order mark, UTF-16 both ways,
    /// decomposed Unicode, windows-1258, Shift-JIS, and legacy Vietnamese font bytes (TCVN3/VNI look alike: letters in
    /// the upper half of the byte range between ASCII words).</summary>
    public static readonly Lazy<IReadOnlyList<byte[]>> Text = new(() =>
    {
        List<byte[]> seeds =
        [
            Encoding.UTF8.GetBytes(Vi), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(En + Vi)],
            [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Vi)], [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Ja)],
            Encoding.UTF8.GetBytes(Vi.Normalize(NormalizationForm.FormD)), Windows1258.Encode(Vi), ShiftJis.GetBytes(Ja),
            Encoding.Latin1.GetBytes("1. Hai b\u00aan nh\u00cdt tr\u00ed th\u00fac \u00aa\u00c8y h\u00eep t\u00b8c.\n\n2. Vi\u00d6t Nam.\n"),
            Encoding.UTF8.GetBytes("# Joint statement\n\n**Point 1**\n\n**Point 2**\n\n- " + En),
        ];
        seeds.AddRange(Files("samples", "*.txt"));
        seeds.AddRange(Files("/work/shared/corpus", "*.txt"));
        return seeds;
    });

    public static readonly Lazy<IReadOnlyList<byte[]>> Html = new(() =>
    [
        Encoding.UTF8.GetBytes(HtmlPages.ArticlePage()), Encoding.UTF8.GetBytes(HtmlPages.BareStatement()),
        Encoding.UTF8.GetBytes(HtmlPages.VietnameseNewsPage()),
        [.. "<html><head><meta charset=\"windows-1258\"></head><body><ol><li>"u8.ToArray(), .. Windows1258.Encode(Vi), .. "</li></ol></body></html>"u8.ToArray()],
        [.. "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\"></head><body><p>"u8.ToArray(), .. ShiftJis.GetBytes(Ja), .. "</p></body></html>"u8.ToArray()],
    ]);

    public static readonly Lazy<IReadOnlyList<byte[]>> Pdf = new(() =>
    [
        new PdfPages { Header = "Joint Statement", Footer = "- {0} -" }
            .Lines(0, "1. The two sides agreed to cooperate on coastal", "resilience and disaster relief by 2027.").NewPage()
            .Line("2. They will meet again.").Line("(a) a joint committee;", indent: 20).Build(),
        new PdfPages().Lines(0, "JOINT STATEMENT", "", "1. First point of the statement,", "continued on the next line.").Gap()
            .Line("2. Second point.").Rectangle().NewPage().At(300, 100, "3. Third point, set apart.").Build(),
    ]);

    public static readonly Lazy<IReadOnlyList<byte[]>> Docx = new(() =>
    [
        DocxReaderTests.Statement(),
        DocxFiles.Build([DocxFiles.P("Tuyên bố chung"), DocxFiles.P("Hai bên nhất trí tăng cường hợp tác.", numId: 1), DocxFiles.P("Điểm thứ hai.", numId: 1, level: 1)],
            new DocumentFormat.OpenXml.Wordprocessing.Numbering(
                DocxFiles.Abstract(1, DocxFiles.Level(0, DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.Decimal, "%1."),
                    DocxFiles.Level(1, DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.LowerLetter, "(%2)")),
                DocxFiles.Num(1, 1)), header: "Bộ Ngoại giao", footer: "Trang 1"),
    ]);

    static IEnumerable<byte[]> Files(string folder, string pattern)
    {
        string path = Path.IsPathRooted(folder) ? folder : Path.Combine(RepositoryRoot(), folder);
        return Directory.Exists(path) ? Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes) : [];
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
