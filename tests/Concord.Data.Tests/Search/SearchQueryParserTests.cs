using Concord.Data.Search;

namespace Concord.Data.Tests.Search;

public sealed class SearchQueryParserTests
{
    static string Show(string query) => string.Join(" | ", SearchQueryParser.Parse(query)
        .Select(t => t.Phrase + (t.Prefix ? "*" : "")));

    [Theory]
    [InlineData("Hà Nội", "ha | noi*")]
    [InlineData("  duong   sat ", "duong | sat*")]
    [InlineData("\"đường sắt\" đô thị", "duong sat | do | thi*")]
    [InlineData("đô thị \"đường sắt\"", "do | thi | duong sat")]
    [InlineData("“đường sắt” Hà Nội", "duong sat | ha | noi*")]
    [InlineData("ha noi ha", "ha | noi*")]
    [InlineData("railway x", "railway | x")]
    public void Parse_WordsAndPhrases_FoldedWithPrefixOnTheLastPlainWord(string query, string expected) =>
        Assert.Equal(expected, Show(query));

    [Theory]
    [InlineData("\"duong sat", "duong | sat*")]
    [InlineData("ha \"", "ha*")]
    [InlineData("\"\"", "")]
    [InlineData("\"  \" noi", "noi*")]
    public void Parse_QuoteLeftOpenOrEmpty_QuotesNothing(string query, string expected) =>
        Assert.Equal(expected, Show(query));

    [Theory]
    [InlineData("ha* OR noi", "ha | or | noi*")]
    [InlineData("NEAR(ha noi, 2)", "near | ha | noi | 2")]
    [InlineData("Folded:ha", "folded | ha*")]
    [InlineData("ha & !noi | x <-> y", "ha | noi | x | y")]
    [InlineData("noi:*", "noi*")]
    [InlineData("'; DROP TABLE \"SearchEntries\"; --", "drop | table | searchentries")]
    [InlineData("-ha +noi ^x", "ha | noi | x")]
    [InlineData("*", "")]
    [InlineData("", "")]
    public void Parse_OperatorsAndSql_BecomePlainWords(string query, string expected) =>
        Assert.Equal(expected, Show(query));

    [Fact]
    public void Parse_JapaneseWord_IsUnspaced()
    {
        var terms = SearchQueryParser.Parse("協力 ODA");
        Assert.True(terms[0].Unspaced);
        Assert.False(terms[1].Unspaced);
    }

    [Fact]
    public void Parse_HugeQuery_KeepsAtMostTheWordLimit()
    {
        string query = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(SearchQueryParser.MaxWords, SearchQueryParser.Parse(query).Sum(t => t.Words.Count));
    }

    [Fact]
    public void Fts5_QuotesEveryTermAndMarksThePrefix() =>
        Assert.Equal("\"ha\" AND \"duong sat\" AND \"noi\"*",
            FullTextSyntax.Fts5(SearchQueryParser.Parse("ha \"đường sắt\" nội")));

    [Fact]
    public void TsQuery_QuotesEveryWordAndChainsPhrases() =>
        Assert.Equal("('ha') & ('duong' <-> 'sat') & ('noi':*)",
            FullTextSyntax.TsQuery(SearchQueryParser.Parse("ha \"đường sắt\" nội")));

    [Theory]
    [InlineData("\"\\\" OR 1=1 --")]
    [InlineData("a'b\"c\\d")]
    [InlineData("ha\" NOT \"noi")]
    public void Syntax_HostileInput_HoldsNoQuoteOrBackslashInsideAWord(string query)
    {
        foreach (var term in SearchQueryParser.Parse(query))
        {
            foreach (string word in term.Words)
                Assert.DoesNotContain(word, c => c is '"' or '\'' or '\\' or ' ' or '*' or ':');
        }
    }
}
