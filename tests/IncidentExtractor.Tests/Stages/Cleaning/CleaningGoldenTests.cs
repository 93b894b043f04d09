using IncidentExtractor.Core.Stages.Cleaning;

namespace IncidentExtractor.Tests.Stages.Cleaning;

/// <summary>The cleaning stage measured on its own: golden pages, and story lines of the labelled articles.</summary>
public class CleaningGoldenTests
{
    private static readonly ArticleCleaner Cleaner = new(TestModels.Lexicons.Boilerplate);

    // A scraper's "date 2018-11-23" header glued to the first line is metadata, not story text.
    private static readonly System.Text.RegularExpressions.Regex HeaderDate = new(@"^date \d{4}-\d{2}-\d{2}\s*", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(TestModels.RepositoryRoot, "samples", "cleaning"), "*.expected.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path).Replace(".expected.txt", string.Empty, StringComparison.Ordinal));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Cleaned_page_equals_its_golden_story(string name)
    {
        var folder = Path.Combine(TestModels.RepositoryRoot, "samples", "cleaning");
        var raw = File.ReadAllText(Path.Combine(folder, name + ".txt"));
        var expected = File.ReadAllText(Path.Combine(folder, name + ".expected.txt")).TrimEnd('\n').Split('\n');
        Assert.Equal(expected, Cleaner.Clean(raw).Body.Split('\n'));
    }

    [Fact]
    public void No_story_sentence_of_the_labelled_articles_is_dropped()
    {
        // A long line that ends like a sentence is story text wherever it stands before the story's
        // end marker; the furniture rules must never remove one.
        var dropped = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(TestModels.RepositoryRoot, "samples", "articles"), "*.txt"))
        {
            var raw = File.ReadAllText(path);
            var body = Cleaner.Clean(raw).Body;
            foreach (var line in raw.Split('\n').Select(l => HeaderDate.Replace(ArticleCleaner.Normalize(l).Trim(), string.Empty)))
            {
                if (line.Split(' ').Length >= 15 && line.EndsWith('.') && !body.Contains(line, StringComparison.Ordinal) && !EndsStoryBefore(raw, line))
                {
                    dropped.Add($"{Path.GetFileName(path)}: {line[..Math.Min(80, line.Length)]}");
                }
            }
        }

        Assert.Empty(dropped);
    }

    /// <summary>Lines after an end marker ("Published in Dawn", "Source link") are the page's, not the story's.</summary>
    private static bool EndsStoryBefore(string raw, string line)
    {
        var at = raw.IndexOf(line[..Math.Min(40, line.Length)], StringComparison.Ordinal);
        var before = at < 0 ? raw : raw[..at];
        return before.Split('\n').Any(l => TestModels.Lexicons.Boilerplate.EndsStory(ArticleCleaner.Normalize(l).Trim()));
    }
}
