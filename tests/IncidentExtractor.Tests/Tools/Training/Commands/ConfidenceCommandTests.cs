using System.CommandLine;
using IncidentExtractor.Tests.Cli;
using IncidentExtractor.Training;

namespace IncidentExtractor.Tests.Tools.Training.Commands;

public sealed class ConfidenceCommandTests : IDisposable
{
    private const string Article = "PESHAWAR: A suicide bomber blew himself up near a police van in Peshawar on Monday, killing three policemen.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Samples(string relative) => Path.Combine(TestModels.RepositoryRoot, "samples", relative);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var code = await Program.BuildRootCommand().Parse(["confidence", "--models", TestModels.ModelsDirectory, .. args]).InvokeAsync(configuration);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Fits_the_tuning_records_and_prints_rows_to_paste_and_the_figures()
    {
        // The tuning split only: the held-out articles stay out of every test.
        var result = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"));

        Assert.True(result.Code == 0, result.Error);
        var rows = result.Output.Split('\n').Where(l => l.StartsWith("confidence\t", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("confidence\tbias\t", rows[0]);
        // Only the bias has a shared weight in the models folder, so no other row is a zero.
        Assert.All(rows.Skip(1), row => Assert.False(row.EndsWith("\t0", StringComparison.Ordinal), row));
        Assert.Contains("new weights, training", result.Output);
        Assert.Contains("new weights, leave-one-out", result.Output);
        Assert.Contains("current weights", result.Output);
        Assert.DoesNotContain("Check on", result.Output);
    }

    [Fact]
    public async Task Runs_repeat_exactly()
    {
        var first = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"));
        var second = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"));

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Features_limits_the_fit_to_the_named_features()
    {
        var result = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"), "--features", "count_alternatives,no_counts");

        Assert.True(result.Code == 0, result.Error);
        var fitted = result.Output.Split('\n').Where(l => l.StartsWith("confidence\t", StringComparison.Ordinal)).Select(l => l.Split('\t')[1]).ToList();
        Assert.Equal(["bias", "count_alternatives", "no_counts"], fitted);
    }

    [Fact]
    public async Task An_unknown_feature_exits_two_and_names_the_known_ones()
    {
        var result = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"), "--features", "count_alternatives,no_such_feature");

        Assert.Equal(2, result.Code);
        Assert.Contains("'no_such_feature' is not a confidence feature", result.Error);
        Assert.Contains("count_alternatives", result.Error);
    }

    [Fact]
    public async Task A_check_file_gets_aggregate_figures_only()
    {
        // A tuning file stands in for the held-out one, which no test reads.
        var check = _temp.Write("check.jsonl", string.Join('\n', File.ReadLines(Samples("labels-tune.jsonl")).Take(20)));

        var result = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"), "--check", check);

        Assert.True(result.Code == 0, result.Error);
        var section = result.Output[result.Output.IndexOf("Check on", StringComparison.Ordinal)..];
        Assert.Equal(3, section.Trim().Split('\n').Length);
        Assert.DoesNotContain(".txt", section);
    }

    [Fact]
    public async Task Records_all_of_one_class_exit_one()
    {
        _temp.Write("articles/a.txt", Article);
        _temp.Write("articles/b.txt", Article);
        // Both labels disagree with the article on the dead, so every record is wrong.
        var gold = _temp.Write("gold.jsonl",
            """
            {"source": "a.txt", "status": "ok", "killed": 30}
            {"source": "b.txt", "status": "ok", "killed": 40}
            """);

        var result = await Run("--gold", gold, "--articles", _temp["articles"]);

        Assert.Equal(1, result.Code);
        Assert.Contains("0 right and 2 wrong", result.Error);
    }

    [Fact]
    public async Task A_missing_gold_file_exits_two()
    {
        var result = await Run("--gold", _temp["absent.jsonl"], "--articles", Samples("articles"));

        Assert.Equal(2, result.Code);
        Assert.Contains("absent.jsonl: no such file", result.Error);
    }

    [Fact]
    public async Task A_missing_articles_folder_exits_two()
    {
        var result = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", _temp["absent"]);

        Assert.Equal(2, result.Code);
        Assert.Contains("no such folder", result.Error);
    }

    [Fact]
    public async Task A_missing_check_file_exits_two_before_any_work()
    {
        var result = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"), "--check", _temp["absent.jsonl"]);

        Assert.Equal(2, result.Code);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("--l2", "0")]
    [InlineData("--l2", "much")]
    [InlineData("--today", "21/11/2026")]
    public async Task Bad_values_exit_two(string option, string value)
    {
        var result = await Run("--gold", Samples("labels-tune.jsonl"), "--articles", Samples("articles"), option, value);

        Assert.Equal(2, result.Code);
        Assert.Contains(option, result.Error);
    }
}
