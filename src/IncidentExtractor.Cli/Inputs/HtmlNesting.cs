namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// A linear estimate of how deeply a page nests its elements, made before parsing: the HTML
/// parser's work grows with the square of the depth, so a hostile page of a million nested
/// elements would otherwise stall the run. Void elements and those HTML closes implicitly
/// (p, li, td...) are not counted, so ordinary pages stay far below any limit.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "td", "th", "tr", "dt", "dd", "option",
    };

    /// <summary>True when the estimated depth goes over <paramref name="limit"/>.</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && ++i < html.Length)
        {
            if (html[i] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(html[i]))
            {
                continue;
            }

            var nameEnd = i;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var close = html.IndexOf('>', nameEnd);
            var selfClosing = close > 0 && html[close - 1] == '/';
            if (!selfClosing && !NotNesting.Contains(html[i..nameEnd]) && ++depth > limit)
            {
                return true;
            }

            i = nameEnd;
        }

        return false;
    }
}
