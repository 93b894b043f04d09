using System.Text.RegularExpressions;
using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Core.Stages.Cleaning;

/// <summary>
/// The line patterns of <c>lexicons/boilerplate.tsv</c>, joined into one expression per action so
/// that a line costs two regex runs however many patterns the lexicon holds.
/// </summary>
public sealed class BoilerplateRules
{
    private readonly Regex _drop;
    private readonly Regex _end;

    public BoilerplateRules(IEnumerable<string> dropPatterns, IEnumerable<string> endPatterns)
    {
        _drop = Join(dropPatterns);
        _end = Join(endPatterns);
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

    public bool IsFurniture(string trimmedLine) => _drop.IsMatch(trimmedLine);

    public bool EndsStory(string trimmedLine) => _end.IsMatch(trimmedLine);

    private static Regex Join(IEnumerable<string> patterns)
    {
        var body = string.Join("|", patterns.Select(p => "(?:" + p + ")"));
        if (body.Length == 0)
        {
            body = "(?!)";
        }

        // Bounded patterns on single lines; the timeout only guards a lexicon edit gone wrong.
        return new Regex(
            @"\A(?:" + body + @")\z",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromSeconds(2));
    }
}
