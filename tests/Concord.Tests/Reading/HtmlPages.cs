namespace Concord.Tests.Reading;

/// <summary>HTML pages shaped like the ones statements are published on, with made-up text.</summary>
public static class HtmlPages
{
    public const string Title = "Joint Statement on the Coastal Partnership between Aland and Borea";

    /// <summary>A news site's article page: a banner with navigation, the statement as an auto-numbered list,
    /// a "Related news" block of teasers, a footer; images and scripts point at an unroutable address.</summary>
    public static string ArticlePage() => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{Title}} | Harbour Daily</title>
          <link rel="stylesheet" href="http://10.255.255.1/site.css">
          <script src="http://10.255.255.1/tracker.js"></script>
          <style>.menu { color: red }</style>
        </head>
        <body>
          <header class="site-header">
            <nav class="menu"><ul>
              <li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
              <li><a href="/sport">Sport</a></li><li><a href="/login">Log in</a></li>
            </ul></nav>
          </header>
          <main>
            <article class="post-content">
              <h1>{{Title}}</h1>
              <p class="byline">By Staff Reporter, 12 March 2026</p>
              <img src="http://10.255.255.1/photo.jpg" alt="The two ministers at the signing">
              <p>At the invitation of the Prime Minister of Borea, the Prime Minister of Aland paid an official visit to Borea from 10 to 12 March 2026, during which the two sides adopted this statement.</p>
              <p>The two Prime Ministers reviewed the progress of their cooperation since the previous summit and set the following priorities for the coming three years:</p>
              <ol>
                <li>The two Prime Ministers agreed to set up a joint working group on coastal resilience and to convene its first session in the port city of Lumen before the end of 2026.</li>
                <li>Both sides welcomed the opening of the Lumen vocational training centre, which is expected to train 3,000 marine technicians by 2028.</li>
                <li>The two leaders affirmed their commitment to raising the number of direct flights between the two capitals to 40 per week.</li>
              </ol>
              <p><strong>Culture and exchanges</strong><br>The two sides agreed to hold a festival of coastal cultures every two years, alternating between the two countries.</p>
              <p>The Prime Minister of Aland thanked the Government and people of Borea for their warm hospitality and invited the Prime Minister of Borea to visit Aland at a convenient time.</p>
            </article>
            <div class="related-news">
              <h3>Related news</h3>
              <ul>
                <li><a href="/a1">Fishing fleet returns early as storm season begins</a></li>
                <li><a href="/a2">Central bank keeps interest rate unchanged for third month</a></li>
                <li><a href="/a3">New ferry timetable announced for the island routes</a></li>
              </ul>
            </div>
          </main>
          <footer class="site-footer"><p>© Harbour Daily. All rights reserved. Contact: newsroom@example.org</p></footer>
          <script>document.write('<p>Injected teaser that must not appear</p>');</script>
        </body>
        </html>
        """;

    /// <summary>A bare statement: no site chrome, headings and paragraphs only, too short for an article finder.</summary>
    public static string BareStatement() => """
        <html><head><title>Joint Press Release</title></head>
        <body>
        <h2>Joint Press Release</h2>
        <p>The two Foreign Ministers met in Lumen on 3 May 2026.</p>
        <p>They agreed to open a consulate in each other's second city.</p>
        </body></html>
        """;
}
