using System.Globalization;
using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Core.Stages.Numbers;

/// <summary>
/// Reads a count of people at a token position: digits (<c>1,200</c>), words (<c>twenty-five</c>,
/// <c>a dozen</c>, <c>dozens</c>, <c>two dozen</c>), with the qualifiers news puts before them
/// (<c>at least</c>, <c>more than</c>, <c>up to</c>, <c>over</c>) and ranges (<c>10 to 12</c>: the
/// lower bound). Returns null when the tokens are not a count; numbers beyond a plausible
/// casualty figure are not counts.
/// </summary>
public static class CountParser
{
    public const int MaxPlausible = 100_000;

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Parses the number that starts exactly at <paramref name="index"/>.</summary>
    public static CountMatch? ParseAt(IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }

        var first = ParseSingle(tokens, index);
        if (first is null)
        {
            return null;
        }

        var (value, next) = first.Value;

        // "10 to 12 militants", "15-20 attackers": keep the lower bound, remember it was a range.
        var isRange = char.IsDigit(tokens[index].Text[0]) && tokens[index].Text.Contains('-', StringComparison.Ordinal);
        if (next + 1 < tokens.Count && tokens[next].Text is "to" or "-" or "or" && ParseSingle(tokens, next + 1) is { } upper && upper.Value >= value)
        {
            isRange = true;
            next = upper.Next;
        }

        return new CountMatch(value, tokens[index].Start, tokens[next - 1].End, index, next, isRange);
    }

    /// <summary>A standalone number word or figure, without qualifiers: "two", "25", "twenty-five", "a dozen".</summary>
    private static (int Value, int Next)? ParseSingle(IReadOnlyList<Token> tokens, int index)
    {
        var text = tokens[index].Text;
        if (char.IsDigit(text[0]))
        {
            if (text.Contains('-', StringComparison.Ordinal))
            {
                // "15-20" arrives as one token; "10-year-old" and "12-member" describe, they do not count.
                var parts = text.Split('-');
                if (parts.Length > 1 && parts[1].Length > 0 && !char.IsDigit(parts[1][0]))
                {
                    return null;
                }

                return ParseDigits(parts[0]) is { } lo ? (lo, index + 1) : null;
            }

            var v = ParseDigits(text);
            if (v is null)
            {
                return null;
            }

            // "two dozen" style multipliers after digits are rare; "24 dozen" is not a count.
            return (v.Value, index + 1);
        }

        var lower = tokens[index].Key;

        // "half a dozen others".
        if (lower is "half" && index + 2 < tokens.Count && tokens[index + 1].Key is "a" && tokens[index + 2].Key is "dozen")
        {
            return (6, index + 3);
        }

        if (lower is "a" or "an")
        {
            if (index + 1 < tokens.Count && tokens[index + 1].Text.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                return (12, index + 2);
            }

            if (index + 2 < tokens.Count && tokens[index + 1].Text.Equals("couple", StringComparison.OrdinalIgnoreCase) &&
                tokens[index + 2].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return (2, index + 3);
            }

            return null;
        }

        if (lower is "dozens")
        {
            return (12, index + 1);
        }

        // "both attackers", but not "both the police and the army": two of something named right after.
        if (lower is "both" && index + 1 < tokens.Count && tokens[index + 1].IsWord && tokens[index + 1].Key is not ("the" or "of" or "sides"))
        {
            return (2, index + 1);
        }

        if (lower is "scores")
        {
            return (20, index + 1);
        }

        int value;
        if (lower.Contains('-', StringComparison.Ordinal))
        {
            var parts = lower.Split('-');
            if (parts.Length != 2 || !Units.TryGetValue(parts[0], out var tens) || !Units.TryGetValue(parts[1], out var ones) || tens < 20 || ones > 9)
            {
                return null;
            }

            value = tens + ones;
        }
        else if (!Units.TryGetValue(lower, out value))
        {
            return null;
        }

        var next = index + 1;
        if (next < tokens.Count)
        {
            var after = tokens[next].Key;
            if (after is "dozen")
            {
                return (value * 12, next + 1);
            }

            if (after is "hundred")
            {
                return (value * 100, next + 1);
            }

            if (after is "thousand")
            {
                return (value * 1000, next + 1);
            }
        }

        return (value, next);
    }

    private static int? ParseDigits(string text)
    {
        var clean = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (clean.Length > 7 || clean.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return int.TryParse(clean, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= MaxPlausible ? v : null;
    }
}

/// <summary>A count found in a sentence: value, character offsets, token range [FirstToken, NextToken).</summary>
public readonly record struct CountMatch(int Value, int Start, int End, int FirstToken, int NextToken, bool IsRange);
