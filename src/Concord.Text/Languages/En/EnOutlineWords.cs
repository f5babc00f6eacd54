namespace Concord.Text.Languages.En;

/// <summary>English words that mark the parts of a page or statement that are not its items.</summary>
static class EnOutlineWords
{
    /// <summary>A paragraph that is only one of these is site chrome.</summary>
    public static readonly string[] Chrome =
    [
        "Log in", "Login", "Sign in", "Sign up", "Register", "Subscribe", "Share", "Share:", "Reactions:", "Tags:",
        "Tags", "Print", "Email", "Menu", "Home", "Search", "Back to top", "Comments", "Advertisement", "Follow us",
        "New and Improved Article:", "Read the full story", "Listen", "Font size",
    ];

    /// <summary>A paragraph that is only one of these starts a list of other stories: it and all that
    /// follows are teasers.</summary>
    public static readonly string[] TeaserMarkers =
    [
        "Related news", "Related articles", "Related stories", "Related", "Read more", "Read also", "More news",
        "Most viewed", "Most read", "Most popular", "Trending", "Latest news", "You may also like",
        "Other news", "See also", "More from",
    ];

    /// <summary>Words that end a photo caption, followed by the source: "Photo: VNA".</summary>
    public static readonly string[] CaptionMarkers = ["Photo:", "Photo by", "Photos:", "Image:", "Photo"];

    /// <summary>A heading that starts with one of these opens an annex (a list after the body).</summary>
    public static readonly string[] AnnexHeadings = ["List of", "Annex", "Appendix", "Attachment", "Schedule"];

    /// <summary>A paragraph that starts with one of these is a list of references.</summary>
    public static readonly string[] ReferenceHeadings = ["References", "Sources", "Sources:", "References:"];

    /// <summary>What a statement's own title calls it: a heading-like line with one of these is the title even
    /// below a news lead ("Joint Statement between ... on ...").</summary>
    public static readonly string[] DocumentKinds = ["Joint Statement", "Joint Vision Statement", "Joint Declaration", "Joint Communiqué", "Joint Communique", "Action Plan"];
}
