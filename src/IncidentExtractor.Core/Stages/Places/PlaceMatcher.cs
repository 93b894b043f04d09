using System.Buffers;
using System.Collections.Frozen;
using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Core.Stages.Places;

/// <summary>
/// Finds every gazetteer name in a text. Names are compared word by word after folding (see
/// <see cref="Gazetteer.NormalizeName"/>), only whole words match, the longest name starting at a
/// word wins, and the first letter in the text must be upper-case: "tank" or "hub" in running text
/// is a noun, "Tank" or "TANK:" a place. Time is linear in the text (a word trie, names of at most
/// a few words). Immutable and thread-safe.
/// </summary>
public sealed class PlaceMatcher
{
    // A word longer than any gazetteer word cannot match; it is still a word boundary.
    private const int MaxWordLength = 48;

    private readonly FrozenDictionary<string, int> _wordIds;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly FrozenDictionary<long, int> _edges;
    private readonly PlaceEntry[]?[] _candidates;
    private readonly int _maxWords;

    internal PlaceMatcher(IEnumerable<KeyValuePair<string, PlaceEntry[]>> candidatesByKey)
    {
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new Dictionary<long, int>();
        var candidates = new List<PlaceEntry[]?> { null };
        foreach (var (key, places) in candidatesByKey)
        {
            string[] words = key.Split(' ');
            _maxWords = Math.Max(_maxWords, words.Length);
            int node = 0;
            foreach (string word in words)
            {
                if (!wordIds.TryGetValue(word, out int wordId))
                {
                    wordIds[word] = wordId = wordIds.Count;
                }

                long edge = Edge(node, wordId);
                if (!edges.TryGetValue(edge, out int next))
                {
                    next = candidates.Count;
                    candidates.Add(null);
                    edges[edge] = next;
                }

                node = next;
            }

            candidates[node] = places;
        }

        _wordIds = wordIds.ToFrozenDictionary(StringComparer.Ordinal);
        _wordLookup = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges.ToFrozenDictionary();
        _candidates = [.. candidates];
    }

    /// <summary>Every mention in <paramref name="text"/>, in text order, not overlapping.</summary>
    public IReadOnlyList<PlaceMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindAll(text, 0, text.Length);
    }

    /// <summary>Every mention inside <c>text[start..end]</c> (a sentence, say). Offsets of the
    /// mentions are into <paramref name="text"/>; the range edges are word boundaries.</summary>
    public IReadOnlyList<PlaceMention> FindAll(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var mentions = new List<PlaceMention>();
        var words = ArrayPool<Word>.Shared.Rent(((end - start) / 2) + 1);
        try
        {
            int count = ReadWords(text.AsSpan(start, end - start), start, words);
            int i = 0;
            while (i < count)
            {
                int length = LongestNameAt(words, i, count, out var places);
                if (length > 0 && char.IsUpper(text[words[i].Start]))
                {
                    int matchEnd = words[i + length - 1].End;
                    mentions.Add(new PlaceMention(words[i].Start, matchEnd, text[words[i].Start..matchEnd], places!));
                    i += length;
                }
                else
                {
                    i++;
                }
            }
        }
        finally
        {
            ArrayPool<Word>.Shared.Return(words);
        }

        return mentions;
    }

    private int LongestNameAt(Word[] words, int first, int count, out PlaceEntry[]? places)
    {
        places = null;
        int best = 0;
        int node = 0;
        for (int j = first; j < count && j - first < _maxWords; j++)
        {
            if ((j > first && !words[j].JoinsPrevious) || words[j].Id < 0
                || !_edges.TryGetValue(Edge(node, words[j].Id), out node))
            {
                break;
            }

            if (_candidates[node] is { } found)
            {
                best = j - first + 1;
                places = found;
            }
        }

        return best;
    }

    /// <summary>Cuts <paramref name="span"/> into words; offsets are shifted by <paramref name="offset"/>.</summary>
    private int ReadWords(ReadOnlySpan<char> span, int offset, Word[] words)
    {
        Span<char> folded = stackalloc char[MaxWordLength];
        int count = 0;
        bool joins = true;
        int i = 0;
        while (i < span.Length)
        {
            char f = GazetteerText.Fold(span[i]);
            if (f == '\0')
            {
                joins &= GazetteerText.JoinsWords(span[i]);
                i++;
                continue;
            }

            int wordStart = i;
            int length = 0;
            while (i < span.Length)
            {
                f = GazetteerText.Fold(span[i]);
                if (f != '\0')
                {
                    if (length < MaxWordLength)
                    {
                        folded[length] = f;
                    }

                    length++;
                    i++;
                }
                else if (GazetteerText.IsApostrophe(span[i]) && i + 1 < span.Length
                    && GazetteerText.Fold(span[i + 1]) != '\0' && !GazetteerText.IsPossessive(span, i))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            int id = length <= MaxWordLength && _wordLookup.TryGetValue(folded[..length], out int wordId) ? wordId : -1;
            words[count++] = new Word(offset + wordStart, offset + i, id, joins);
            joins = true;
        }

        return count;
    }

    private static long Edge(int node, int wordId) => ((long)node << 32) | (uint)wordId;

    private readonly record struct Word(int Start, int End, int Id, bool JoinsPrevious);
}
