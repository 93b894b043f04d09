using System.Text;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Replaces unpaired UTF-16 surrogates with U+FFFD. Decoders never produce them, but strings from
/// elsewhere (a JSON escape such as \ud800, an exception message) can, and UTF-8 writers reject them.
/// </summary>
internal static class WellFormedText
{
    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
