using System.Text.Json;
using Concord.Tests.Reading;

namespace Concord.Tests.Commands;

public sealed class PartiesOptionTests
{
    const string Statement = """
        Joint Statement between the Republic of Veloria and the Kingdom of Estrand on Fisheries

        1. Estrand will host the second fisheries dialogue in 2027.

        2. Lirren will send two research vessels to the northern reefs.
        """;

    static string[] Actors(JsonElement root) =>
        [.. root.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("clauses").EnumerateArray())
            .Select(c => string.Join(", ", c.GetProperty("actors").EnumerateArray().Select(a => a.GetString())))];

    [Fact]
    public void Json_WithoutParties_GivesThoseTheTitleNames()
    {
        using var file = TempFile.With("fisheries.txt", Statement);

        var run = CliRun.Of("extract", file.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["Veloria", "Estrand"], json.RootElement.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Estrand", ""], Actors(json.RootElement));
    }

    [Fact]
    public void Json_WithParties_TheyWinOverTheTitle()
    {
        using var file = TempFile.With("fisheries.txt", Statement);

        var run = CliRun.Of("extract", file.Path, "--json", "--parties", "Lirren, Vietnam");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["Lirren", "Việt Nam"], json.RootElement.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Lirren", Actors(json.RootElement)[1]);
    }

    [Fact]
    public void Text_Header_NamesTheParties()
    {
        using var file = TempFile.With("fisheries.txt", Statement);

        var run = CliRun.Of("extract", file.Path, "--parties", "Estrand=エストランド,Veloria");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("parties Estrand, Veloria", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Align_WithParties_IsAccepted()
    {
        using var left = TempFile.With("left.txt", Statement);
        using var right = TempFile.With("right.txt", Statement);

        var run = CliRun.Of("align", left.Path, right.Path, "--parties", "Veloria,Estrand");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void EmptyParties_IsAUsageError()
    {
        using var file = TempFile.With("fisheries.txt", Statement);

        var run = CliRun.Of("extract", file.Path, "--parties", " , ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--parties", run.Error, StringComparison.Ordinal);
    }
}
