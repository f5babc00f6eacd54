using BenchmarkDotNet.Attributes;
using Concord.Text.Alignment;
using Concord.Text.Extraction;

namespace Concord.Bench;

/// <summary>The whole text pipeline (outline, clauses, quantities, dates, entities) on the corpus
/// statements, and the alignment of the two. Throughput in MB/s = size / mean time; the sizes are
/// printed by <see cref="GlobalSetup"/>.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    string english = "";
    string vietnamese = "";
    ExtractedDocument englishDoc = null!;
    ExtractedDocument vietnameseDoc = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        english = BenchCorpus.Read("vn-jp-2025-joint-statement.en.txt");
        vietnamese = BenchCorpus.Read("vn-jp-2025-joint-statement.vi.txt");
        englishDoc = StatementExtractor.Extract(english, new ExtractOptions("en"));
        vietnameseDoc = StatementExtractor.Extract(vietnamese, new ExtractOptions("vi"));
        Console.WriteLine($"// sizes: en {System.Text.Encoding.UTF8.GetByteCount(english)} bytes, vi {System.Text.Encoding.UTF8.GetByteCount(vietnamese)} bytes (UTF-8)");
    }

    [Benchmark]
    public ExtractedDocument ExtractEnglish() => StatementExtractor.Extract(english, new ExtractOptions("en"));

    [Benchmark]
    public ExtractedDocument ExtractVietnamese() => StatementExtractor.Extract(vietnamese, new ExtractOptions("vi"));

    [Benchmark]
    public AlignmentResult AlignEnglishVietnamese() => StatementAligner.Align(englishDoc, vietnameseDoc);
}
