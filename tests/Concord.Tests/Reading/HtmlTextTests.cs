using AngleSharp.Html.Parser;
using Concord.Reading;

namespace Concord.Tests.Reading;

public sealed class HtmlTextTests
{
    static List<string> Of(string bodyHtml) =>
        HtmlText.Paragraphs(new HtmlParser().ParseDocument($"<html><body>{bodyHtml}</body></html>").Body!, dropPageHeaders: true);

    [Fact]
    public void OrderedList_StartAndType_AreHonoured()
    {
        var paragraphs = Of("<ol start=\"4\" type=\"a\"><li>First pledge.</li><li>Second pledge.</li></ol><ol type=\"I\"><li>Politics</li><li>Economy</li></ol>");

        Assert.Equal(["d. First pledge.", "e. Second pledge.", "I. Politics", "II. Economy"], paragraphs);
    }

    [Fact]
    public void ListItemValue_AndReversedList_AreHonoured()
    {
        Assert.Equal(["7. Seventh.", "8. Eighth."], Of("<ol><li value=\"7\">Seventh.</li><li>Eighth.</li></ol>"));
        Assert.Equal(["2. Second.", "1. First."], Of("<ol reversed><li>Second.</li><li>First.</li></ol>"));
    }

    [Fact]
    public void TypedNumbers_AreNotNumberedTwice()
    {
        var paragraphs = Of("<ol style=\"list-style: none\"><li>1. Typed one.</li></ol><ol><li>(2) Typed two.</li></ol>");

        Assert.Equal(["1. Typed one.", "(2) Typed two."], paragraphs);
    }

    [Fact]
    public void ItemStartingWithAnAbbreviation_IsStillNumbered()
    {
        Assert.Equal(["1. U.S. observers were invited.", "2. e.g. trade fairs."], Of("<ol><li>U.S. observers were invited.</li><li>e.g. trade fairs.</li></ol>"));
    }

    [Fact]
    public void NestedList_NumbersItsOwnItems_AfterTheOuterItem()
    {
        var paragraphs = Of("<ol><li>Economic cooperation<ol><li>Trade talks resume.</li><li>Ports are upgraded.</li></ol></li><li>Culture</li></ol>");

        Assert.Equal(["1. Economic cooperation", "1. Trade talks resume.", "2. Ports are upgraded.", "2. Culture"], paragraphs);
    }

    [Fact]
    public void UnorderedListItems_AreParagraphsWithoutNumbers()
    {
        Assert.Equal(["Rice exports.", "Coffee exports."], Of("<ul><li>Rice exports.</li><li>Coffee exports.</li></ul>"));
    }

    [Fact]
    public void WhiteSpace_CollapsesInsideAParagraph_AndBreakIsANewline()
    {
        var paragraphs = Of("<p>  The two   sides\n\t agreed&nbsp;to meet<br>again in   2027 &amp; 2028. </p>");

        Assert.Equal(["The two sides agreed to meet\nagain in 2027 & 2028."], paragraphs);
    }

    [Fact]
    public void ScriptsStylesFormsAndHiddenBlocks_AreLeftOut()
    {
        var paragraphs = Of("<p>Kept.</p><script>var x;</script><style>p{}</style><form><p>Subscribe</p></form>"
            + "<div hidden>Hidden one</div><div style=\"display: none\">Hidden two</div><div role=\"navigation\">Menu</div>");

        Assert.Equal(["Kept."], paragraphs);
    }

    [Fact]
    public void DivWithTextAndTableRows_AreParagraphs()
    {
        var paragraphs = Of("<div>Loose text in a div<p>A paragraph.</p>tail text</div><table><tr><td>1</td><td>Port upgrade</td></tr><tr><td>2</td><td>Rail link</td></tr></table>");

        Assert.Equal(["Loose text in a div", "A paragraph.", "tail text", "1 Port upgrade", "2 Rail link"], paragraphs);
    }

    [Fact]
    public void WholeBoldParagraph_StaysItsOwnParagraph()
    {
        var paragraphs = Of("<div><b>II. ECONOMIC COOPERATION</b><br/>The two sides agreed to expand trade.</div><p><u>Annex</u></p>");

        Assert.Equal(["II. ECONOMIC COOPERATION", "The two sides agreed to expand trade.", "Annex"], paragraphs);
    }

    [Fact]
    public void PartlyBoldLine_BeforeABreak_StaysInItsParagraph()
    {
        Assert.Equal(["The sides <agreed> to meet\nin spring."], Of("<p>The sides <b>&lt;agreed&gt;</b> to meet<br>in spring.</p>"));
    }

    [Fact]
    public void PageHeaderOutsideTheArticle_IsLeftOut_ButAnArticlesHeaderIsKept()
    {
        var paragraphs = Of("<header><a href=\"/\">Home</a> News</header><article><header><h1>Statement title</h1></header><p>Body.</p></article>");

        Assert.Equal(["Statement title", "Body."], paragraphs);
    }
}
