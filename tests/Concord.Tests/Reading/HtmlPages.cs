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

    /// <summary>A Vietnamese news site's page: a menu, a lead, typed point numbers, a photo caption, a
    /// "Tin liên quan" (related news) box inside the article, tags, a "most read" sidebar and a footer.</summary>
    public static string VietnameseNewsPage() => """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tuyên bố chung về tăng cường hợp tác biển giữa Aland và Borea - Báo Cảng Biển</title>
        <meta property="og:title" content="Tuyên bố chung về tăng cường hợp tác biển giữa Aland và Borea"></head>
        <body>
        <div class="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></div>
        <div class="container"><div class="main-col">
        <h1 class="detail-title">Tuyên bố chung về tăng cường hợp tác biển giữa Aland và Borea</h1>
        <div class="detail-time">12/03/2026 10:15</div>
        <div class="detail-sapo"><strong>(Cảng Biển) - Nhân dịp chuyến thăm chính thức của Thủ tướng Aland, hai bên đã ra Tuyên bố chung. Báo Cảng Biển trân trọng giới thiệu toàn văn.</strong></div>
        <div class="detail-content">
        <p>1. Hai Thủ tướng nhất trí thành lập nhóm công tác chung về ứng phó thiên tai ven biển và tổ chức phiên họp đầu tiên tại thành phố cảng Lumen trước cuối năm 2026.</p>
        <figure class="image"><img src="http://10.255.255.1/a.jpg"><figcaption>Hai Thủ tướng chứng kiến lễ ký kết. Ảnh: Cảng Biển</figcaption></figure>
        <p>2. Hai bên hoan nghênh việc khai trương trung tâm đào tạo nghề Lumen, dự kiến đào tạo 3.000 kỹ thuật viên hàng hải đến năm 2028.</p>
        <div class="box-related"><h3>Tin liên quan</h3><ul><li><a href="/x">Đội tàu cá trở về sớm khi mùa bão bắt đầu</a></li><li><a href="/y">Ngân hàng trung ương giữ nguyên lãi suất</a></li></ul></div>
        <p>3. Hai nhà lãnh đạo khẳng định cam kết nâng số chuyến bay thẳng giữa hai thủ đô lên 40 chuyến mỗi tuần.</p>
        <p><strong>Về văn hóa</strong></p>
        <p>4. Hai bên nhất trí tổ chức lễ hội văn hóa biển hai năm một lần, luân phiên tại mỗi nước.</p>
        </div>
        <div class="tags">Từ khóa: <a>hợp tác</a> <a>biển</a></div>
        </div>
        <div class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/z">Giá vàng hôm nay tăng mạnh</a></li></ul></div>
        </div>
        <div class="footer">© Báo Cảng Biển. Giấy phép số 123.</div>
        </body></html>
        """;
}
