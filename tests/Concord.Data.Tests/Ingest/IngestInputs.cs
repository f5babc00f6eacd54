using Concord.Data.Ingest;
using Concord.Text.Extraction;
using Concord.Text.Normalization;
using Concord.Text.Tests;

namespace Concord.Data.Tests.Ingest;

/// <summary>Documents to ingest: the corpus statement, the project's sample statement, and a small statement of
/// the tests' own (Veloria and Ostmark) with a corrected version.</summary>
internal static class IngestInputs
{
    public static IngestDocument FromText(string text, string source, bool official = true) =>
        new(StatementExtractor.Extract(TextNormalizer.Normalize(text), new ExtractOptions(source)), "text", "utf-8", official);

    public static IngestDocument Corpus(string name) => FromText(Text.Tests.Corpus.Read(name), name);

    public static IngestDocument[] CorpusPair() => [Corpus(Text.Tests.Corpus.StatementEn), Corpus(Text.Tests.Corpus.StatementVi)];

    public static IngestDocument Sample(string language) =>
        FromText(File.ReadAllText(Path.Combine(RepositoryRoot, "samples", $"statement.{language}.txt"), System.Text.Encoding.UTF8), $"statement.{language}.txt");

    public static string RepositoryRoot { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Concord.slnx");
    }

    public const string Own = """
        Joint Statement between the Republic of Veloria and the Kingdom of Ostmark on Maritime and Trade Cooperation

        Pellin, June 3, 2026

        1. At the invitation of the Prime Minister of Veloria, the Prime Minister of Ostmark paid an official visit to Veloria from June 2 to 4, 2026.

        2. On maritime cooperation

        (1) The two Prime Ministers agreed to set up the Veloria-Ostmark Joint Committee on Fisheries, which will meet every year, alternately in the two capitals.

        (2) The two sides agreed to train 1,200 coast guard officers by 2028 under the Blue Harbour Programme.

        (3) The two Prime Ministers welcomed the progress of the Pellin Port Expansion Project and agreed to finish its second phase before the end of 2027.

        3. On trade

        (1) The two Prime Ministers agreed to open negotiations on a free trade agreement before the end of 2026.

        (2) The two sides agreed to hold a business forum in Ostmark in the autumn of this year.
        """;

    /// <summary><see cref="Own"/> corrected: 2.(2) has new figures, 3.(1) and 3.(2) no longer pledge anything, 3.(3) is new.</summary>
    public const string OwnCorrected = """
        Joint Statement between the Republic of Veloria and the Kingdom of Ostmark on Maritime and Trade Cooperation

        Pellin, June 3, 2026

        1. At the invitation of the Prime Minister of Veloria, the Prime Minister of Ostmark paid an official visit to Veloria from June 2 to 4, 2026.

        2. On maritime cooperation

        (1) The two Prime Ministers agreed to set up the Veloria-Ostmark Joint Committee on Fisheries, which will meet every year, alternately in the two capitals.

        (2) The two sides agreed to train 1,500 coast guard officers by 2029 under the Blue Harbour Programme.

        (3) The two Prime Ministers welcomed the progress of the Pellin Port Expansion Project and agreed to finish its second phase before the end of 2027.

        3. On trade

        (1) The two Prime Ministers welcomed the first exploratory round of talks on closer trade ties.

        (2) The two sides noted the lively business forum that Ostmark hosted last spring.

        (3) The two Prime Ministers agreed to launch a joint customs working group within 2026.
        """;
}
