using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// The visible text of a web page as the pipeline expects an article: one paragraph or heading
/// per line, blank lines between them, page furniture (scripts, styles, navigation, footers)
/// dropped, and the page's title or first heading as the title.
/// </summary>
internal static class HtmlArticle
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "footer", "noscript", "template", "iframe", "svg", "head", "form", "button", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
        "header", "main", "aside", "blockquote", "pre", "table", "tr", "figure", "figcaption", "address", "hr", "body",
    };

    // Far deeper than real pages (a few dozen levels); past it the parser would take minutes.
    private const int MaxNesting = 1_000;

    private static readonly string[] SniffMarkers = ["<!doctype html", "<html", "<head", "<body", "<p>", "<div", "<meta", "<title"];

    public static bool HasHtmlExtension(string path) =>
        Path.GetExtension(path) is { } ext &&
        (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the text starts like a web page rather than prose.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] != '<')
        {
            return false;
        }

        var head = start[..Math.Min(start.Length, 1024)];
        foreach (var marker in SniffMarkers)
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page's visible text and its title (null when it has none).</summary>
    public static (string Text, string? Title) Extract(string html)
    {
        if (HtmlNesting.Exceeds(html, MaxNesting))
        {
            return (StripTags(html), null);
        }

        var document = new HtmlParser().ParseDocument(html);
        var title = Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var root = (INode?)document.Body ?? document.DocumentElement;
        return (root is null ? string.Empty : VisibleText(root), title);
    }

    private static string VisibleText(INode root)
    {
        var paragraphs = new List<string>();
        var line = new StringBuilder();

        // An explicit stack rather than recursion: hostile pages nest elements thousands deep.
        // A null entry marks the end of a block element, where its line ends.
        var pending = new Stack<INode?>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is null)
            {
                EndLine(line, paragraphs);
                continue;
            }

            switch (node)
            {
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    EndLine(line, paragraphs);
                    break;
                case IElement element:
                    var isBlock = Blocks.Contains(element.LocalName);
                    if (isBlock)
                    {
                        EndLine(line, paragraphs);
                        pending.Push(null);
                    }
                    else if (element.LocalName is "td" or "th")
                    {
                        line.Append(' ');
                    }

                    PushChildren(element, pending);
                    break;
                default:
                    PushChildren(node, pending);
                    break;
            }
        }

        EndLine(line, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The text between the tags, entities decoded: a crude, linear reading kept for pathological pages.</summary>
    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, open - i).Append(' ');
            var close = html.IndexOf('>', open);
            i = close < 0 ? html.Length : close + 1;
        }

        return Clean(System.Net.WebUtility.HtmlDecode(text.ToString())) ?? string.Empty;
    }

    private static void PushChildren(INode node, Stack<INode?> pending)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
        {
            pending.Push(node.ChildNodes[i]);
        }
    }

    private static void EndLine(StringBuilder line, List<string> paragraphs)
    {
        if (Clean(line.ToString()) is { } text)
        {
            paragraphs.Add(text);
        }

        line.Clear();
    }

    /// <summary>Collapses runs of white space (HTML renders them as one space); null when nothing is left.</summary>
    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
