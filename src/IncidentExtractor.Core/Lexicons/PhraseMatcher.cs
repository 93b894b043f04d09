using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Core.Lexicons;

/// <summary>
/// Finds lexicon phrases in tokenized text in one left-to-right pass over a word trie, so the
/// cost grows with the text, not with the number of phrases. Words compare case-insensitively
/// with a possessive <c>'s</c> ignored; phrases marked case-sensitive (acronyms such as
/// <c>BLA</c>, <c>IED</c>) must match their capitals exactly. Immutable once built; thread-safe.
/// </summary>
public sealed class PhraseMatcher<TValue>
{
    private readonly Node _root = new();

    public PhraseMatcher(IEnumerable<(string Phrase, TValue Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (phrase, value) in entries)
        {
            var words = Tokenizer.Tokenize(phrase).Where(t => t.IsWord).Select(t => t.Text).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var caseSensitive = words.Length == 1 && IsAcronym(words[0]);
            var node = _root;
            foreach (var word in words)
            {
                var key = Token.KeyOf(word);
                node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new Node();
                    node.Children[key] = child;
                }

                node = child;
            }

            node.Values ??= [];
            node.Values.Add(new Entry(value, caseSensitive ? words[0] : null));
        }

        Seal(_root);
    }

    /// <summary>
    /// Gives each node without case-sensitive entries its values as one shared array: matching
    /// then allocates nothing for them, and most matches are of such nodes.
    /// </summary>
    private static void Seal(Node node)
    {
        if (node.Values is { } values && values.All(e => e.ExactSpelling is null))
        {
            node.Shared = Array.AsReadOnly(values.Select(e => e.Value).ToArray());
        }

        foreach (var child in node.Children?.Values ?? Enumerable.Empty<Node>())
        {
            Seal(child);
        }
    }

    /// <summary>Longest phrase starting at each token, left to right, without overlaps.</summary>
    public IReadOnlyList<PhraseMatch<TValue>> FindAll(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        // Most sentences match no phrase of a lexicon: they share the empty list.
        List<PhraseMatch<TValue>>? result = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(tokens, i);
            if (match is { } m)
            {
                (result ??= []).Add(m);
                i = m.NextToken;
            }
            else
            {
                i++;
            }
        }

        return result ?? (IReadOnlyList<PhraseMatch<TValue>>)[];
    }

    /// <summary>The longest phrase that starts exactly at token <paramref name="index"/>, if any.</summary>
    public PhraseMatch<TValue>? LongestAt(IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var node = _root;
        PhraseMatch<TValue>? best = null;
        for (var j = index; j < tokens.Count; j++)
        {
            if (!tokens[j].IsWord)
            {
                // Hyphens and stops inside a name ("D.I. Khan") are skipped, other marks end the phrase.
                if (j > index && tokens[j].Text is "." or "-")
                {
                    continue;
                }

                break;
            }

            if (node.Children is null || !node.Children.TryGetValue(tokens[j].Key, out var next))
            {
                break;
            }

            node = next;
            if (node.Shared is { } shared)
            {
                best = new PhraseMatch<TValue>(index, j + 1, tokens[index].Start, tokens[j].End, shared);
            }
            else if (node.Values is not null && MatchingValues(node.Values, tokens[j].Text) is { } values)
            {
                best = new PhraseMatch<TValue>(index, j + 1, tokens[index].Start, tokens[j].End, values);
            }
        }

        return best;
    }

    /// <summary>
    /// The values whose spelling rule the word meets ("IS" the group, not "is" the verb), or null when
    /// none does; nothing is allocated for a word that matches no entry, which is most of them.
    /// </summary>
    private static TValue[]? MatchingValues(List<Entry> entries, string word)
    {
        var spelled = Strip(word);
        TValue[]? values = null;
        var n = 0;
        foreach (var e in entries)
        {
            if (e.ExactSpelling is null || spelled == e.ExactSpelling)
            {
                (values ??= new TValue[entries.Count])[n++] = e.Value;
            }
        }

        return values is null || n == values.Length ? values : values[..n];
    }

    private static string Strip(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && word.Length > 2 ? word[..^2] : word;

    private static bool IsAcronym(string word) =>
        word.Length <= 6 && word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<Entry>? Values { get; set; }

        /// <summary>The values when none of them is case-sensitive; set once the trie is built.</summary>
        public IReadOnlyList<TValue>? Shared { get; set; }
    }

    private readonly record struct Entry(TValue Value, string? ExactSpelling);
}

/// <summary>A phrase found in text: token range [FirstToken, NextToken), character offsets, and its lexicon values.</summary>
public readonly record struct PhraseMatch<TValue>(int FirstToken, int NextToken, int Start, int End, IReadOnlyList<TValue> Values);
