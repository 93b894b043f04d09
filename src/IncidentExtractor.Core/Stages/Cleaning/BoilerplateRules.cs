using System.Text.RegularExpressions;
using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Core.Stages.Cleaning;

/// <summary>
/// The line patterns of <c>lexicons/boilerplate.tsv</c>, joined into one expression per action so
/// that a line costs two regex runs however many patterns the lexicon holds. Thread-safe.
/// </summary>
/// <remarks>
/// Compiling the joined expressions makes matching about three times faster but costs some 60 ms,
/// a third of the start-up of a one-file run. So matching starts interpreted, and once a run has
/// matched enough lines to be a batch, compiled copies are built on a background thread and swapped
/// in when ready: one-file runs never pay for them, batches get the fast ones early.
/// </remarks>
public sealed class BoilerplateRules
{
    private const int LinesBeforeCompiling = 2_000;

    private readonly List<string> _dropPatterns;
    private readonly List<string> _endPatterns;
    private Regex _drop;
    private Regex _end;
    private int _linesMatched;

    public BoilerplateRules(IEnumerable<string> dropPatterns, IEnumerable<string> endPatterns)
    {
        _dropPatterns = dropPatterns.ToList();
        _endPatterns = endPatterns.ToList();
        _drop = Join(_dropPatterns, RegexOptions.None);
        _end = Join(_endPatterns, RegexOptions.None);
    }

    public static BoilerplateRules Load(string path)
    {
        var drop = new List<string>();
        var end = new List<string>();
        foreach (var row in TsvFile.Read(path, ["kind", "pattern"]))
        {
            var pattern = row["pattern"];
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                throw row.Error($"bad pattern: {ex.Message}");
            }

            switch (row["kind"])
            {
                case "drop": drop.Add(pattern); break;
                case "end": end.Add(pattern); break;
                default: throw row.Error($"kind must be 'drop' or 'end', not '{row["kind"]}'");
            }
        }

        return new BoilerplateRules(drop, end);
    }

    /// <summary>
    /// Furniture lines are short: a line longer than this is story text whatever it contains, which
    /// spares the interpreted expressions the long paragraphs that make up most of an article.
    /// </summary>
    public const int MaxFurnitureLength = 400;

    public bool IsFurniture(string trimmedLine)
    {
        ArgumentNullException.ThrowIfNull(trimmedLine);
        if (Interlocked.Increment(ref _linesMatched) == LinesBeforeCompiling)
        {
            _ = Task.Run(() =>
            {
                var compiledDrop = Join(_dropPatterns, RegexOptions.Compiled);
                var compiledEnd = Join(_endPatterns, RegexOptions.Compiled);
                Volatile.Write(ref _drop, compiledDrop);
                Volatile.Write(ref _end, compiledEnd);
            });
        }

        return trimmedLine.Length <= MaxFurnitureLength && Volatile.Read(ref _drop).IsMatch(trimmedLine);
    }

    public bool EndsStory(string trimmedLine) =>
        trimmedLine.Length <= MaxFurnitureLength && Volatile.Read(ref _end).IsMatch(trimmedLine);

    private static Regex Join(IEnumerable<string> patterns, RegexOptions speed)
    {
        var body = string.Join("|", patterns.Select(p => "(?:" + p + ")"));
        if (body.Length == 0)
        {
            body = "(?!)";
        }

        // Bounded patterns on single lines; the timeout only guards a lexicon edit gone wrong.
        return new Regex(
            @"\A(?:" + body + @")\z",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | speed,
            TimeSpan.FromSeconds(2));
    }
}
