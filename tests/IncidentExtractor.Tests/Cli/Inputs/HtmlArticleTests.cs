using IncidentExtractor.Cli.Inputs;

namespace IncidentExtractor.Tests.Cli.Inputs;

public class HtmlArticleTests
{
    [Fact]
    public void Visible_paragraphs_and_headings_become_lines_and_furniture_is_dropped()
    {
        const string Page = """
            <html><head><title> Attack on
              convoy </title><style>p { color: red }</style></head>
            <body>
              <nav><a href="/">Home</a></nav>
              <h1>Convoy attacked</h1>
              <div class="story"><p>Militants   fired on a <b>supply</b> convoy.<br>Three were hurt.</p>
              <ul><li>First point</li><li>Second</li></ul></div>
              <script>document.write("<p>ad</p>")</script>
              <footer>About us</footer>
            </body></html>
            """;

        var (text, title) = HtmlArticle.Extract(Page);

        Assert.Equal("Attack on convoy", title);
        Assert.Equal("Convoy attacked\n\nMilitants fired on a supply convoy.\n\nThree were hurt.\n\nFirst point\n\nSecond", text);
    }

    [Fact]
    public void The_first_heading_is_the_title_when_the_page_has_no_title()
    {
        var (_, title) = HtmlArticle.Extract("<body><h1>Blast in <i>Kohat</i></h1><p>Text.</p></body>");

        Assert.Equal("Blast in Kohat", title);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("  \n<html lang=\"en\">", true)]
    [InlineData("<p>Short fragment</p>", true)]
    [InlineData("Karachi <b>police</b> said", false)]
    [InlineData("<Reuters> Karachi police said", false)]
    public void Sniffs_pages_by_their_start(string text, bool expected)
    {
        Assert.Equal(expected, HtmlArticle.LooksLikeHtml(text));
    }

    [Fact]
    public void Nesting_the_parser_handles_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerate("<div><span>", 450)) + "deep text";

        var (text, _) = HtmlArticle.Extract("<html><body>" + html + "</body></html>");

        Assert.Equal("deep text", text);
    }

    [Fact]
    public void Pathologically_deep_pages_are_read_by_stripping_tags_in_linear_time()
    {
        var html = "<html><body><p>Two &amp; three</p>" + string.Concat(Enumerate("<div><span>", 200_000)) + "deep text</body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (text, title) = HtmlArticle.Extract(html);

        Assert.Equal("Two & three deep text", text);
        Assert.Null(title);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
    }

    [Theory]
    [InlineData("<div><p>a<p>b<br><img src=x><hr/></div>", 1, false)] // implicitly closed and void elements do not nest
    [InlineData("<div><div><div>", 2, true)]
    [InlineData("<div></div><div></div><div></div>", 1, false)]
    public void Nesting_is_estimated_without_parsing(string html, int limit, bool exceeds)
    {
        Assert.Equal(exceeds, HtmlNesting.Exceeds(html, limit));
    }

    private static IEnumerable<string> Enumerate(string unit, int count) => Enumerable.Repeat(unit, count);
}
