using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// Head-noun matching for the short noun phrases of <c>target</c> and <c>attackers</c>.
/// A phrase's core is its words before the first post-modifier (a preposition such as
/// <c>in</c>, a relative word such as <c>who</c>, or a comma), without function
/// words and with plurals reduced (a bracketed aside is ignored); its head is the last word of the core. Two phrases match
/// when the head of either occurs in the core of the other.
/// </summary>
internal static partial class PhraseHead
{
    // Words that start what follows the head ("consulate general in Karachi", "men who attacked").
    private static readonly FrozenSet<string> PostModifierStarts = FrozenSet.ToFrozenSet(
    [
        "about", "across", "after", "against", "along", "around", "at", "before", "behind", "belonging",
        "between", "by", "during", "for", "from", "in", "inside", "into", "near", "of", "on", "outside",
        "over", "that", "to", "under", "what", "where", "which", "while", "who", "whom", "whose", "with",
        "within", "without",
    ]);

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "and", "her", "his", "its", "or", "several", "some", "the", "their", "these", "this", "those",
    ]);

    private static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>
    {
        ["buses"] = "bus",
        ["children"] = "child",
        ["men"] = "man",
        ["people"] = "person",
        ["persons"] = "person",
    }.ToFrozenDictionary();

    /// <summary>True when the head of either phrase occurs in the core of the other.</summary>
    public static bool Match(string? first, string? second)
    {
        var a = CoreWords(first);
        var b = CoreWords(second);
        return a.Count > 0 && b.Count > 0 && (b.Contains(a[^1]) || a.Contains(b[^1]));
    }

    /// <summary>The head noun of <paramref name="phrase"/>, lemmatised; null when it has no words.</summary>
    public static string? Head(string? phrase)
    {
        var core = CoreWords(phrase);
        return core.Count == 0 ? null : core[^1];
    }

    /// <summary>The phrase's content words up to its first post-modifier, lemmatised; the last is the head.</summary>
    public static IReadOnlyList<string> CoreWords(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return [];
        }

        // A bracket is an aside ("Frontier Corps (FC) convoy"); an apposition follows the head
        // ("gunmen, believed to be militants").
        var plain = Bracketed().Replace(phrase, " ");
        var cut = plain.IndexOfAny([',', ';', ':']);
        var words = TextNormalizer.Words(cut > 0 ? plain[..cut] : plain);
        var core = new List<string>();
        foreach (var word in words)
        {
            if (PostModifierStarts.Contains(word) && core.Count > 0)
            {
                break;
            }

            if (!FunctionWords.Contains(word) && !PostModifierStarts.Contains(word))
            {
                core.Add(Lemma(word));
            }
        }

        return core;
    }

    /// <summary>
    /// A plural reduced to its singular by English spelling rules (<c>gunmen</c> to <c>gunman</c>,
    /// <c>casualties</c> to <c>casualty</c>, <c>churches</c> to <c>church</c>). Both sides of a
    /// comparison go through the same rules, so consistency matters more than perfect English.
    /// </summary>
    public static string Lemma(string word)
    {
        if (IrregularPlurals.TryGetValue(word, out var singular))
        {
            return singular;
        }

        if (word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("men", StringComparison.Ordinal))
        {
            return word[..^3] + "man";
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("zes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
