using System.Text;
using System.Text.Json;
using IncidentExtractor.Cli.Commands;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Tests.Cli.Commands;

public sealed class EvaluateCommandTests : IDisposable
{
    private const string Gold =
        """
        {"source": "a.txt", "status": "ok", "city": "Quetta", "target": "police van", "killed": 3, "claimed_group": null, "_notes": "written for the test"}
        {"source": "b.txt", "status": "no_incident"}
        """;

    private readonly EvaluateHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private string Labels() => _harness.Write("labels.jsonl", Gold);

    private string Predictions(string text) => _harness.Write("predictions.jsonl", text);

    private string PerfectPredictions() => Predictions(
        """
        {"source": "a.txt", "status": "ok", "city": "quetta", "target": "police vans", "killed": 3, "confidence": 0.9}
        {"source": "b.txt", "status": "no_incident", "killed": 0}
        """);

    private string WrongPredictions() => Predictions(
        """
        {"source": "a.txt", "status": "ok", "city": "Quetta", "target": "police van", "killed": 5, "claimed_group": "Baloch Liberation Army", "evidence": {"killed": {"sentence": "Five people were killed.", "start": 0, "end": 4, "rule": "t"}}}
        {"source": "b.txt", "status": "no_incident"}
        """);

    [Fact]
    public async Task Matching_predictions_score_a_macro_of_one_and_exit_zero()
    {
        var result = await EvaluateHarness.Run("--gold", Labels(), "--predictions", PerfectPredictions(), "--format", "json");

        Assert.Equal(0, result.Code);
        Assert.Equal(1.0, result.Json.GetProperty("macro").GetDouble());
        Assert.Equal(2, result.Json.GetProperty("records").GetProperty("matched").GetInt32());
        var killed = result.Json.GetProperty("fields").GetProperty("killed");
        Assert.Equal((2, 2), (killed.GetProperty("n").GetInt32(), killed.GetProperty("correct").GetInt32()));
    }

    [Fact]
    public async Task The_table_is_plain_text_when_output_is_not_a_terminal()
    {
        var result = await EvaluateHarness.Run("--gold", Labels(), "--predictions", PerfectPredictions());

        Assert.Equal(0, result.Code);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.Contains("| killed ", result.Output);
        Assert.Contains("| macro ", result.Output);
        Assert.All(result.Output.Split('\n'), line => Assert.Equal(line.TrimEnd('\r').TrimEnd(), line.TrimEnd('\r')));
    }

    [Fact]
    public async Task A_failing_macro_gate_exits_one_and_says_which()
    {
        var result = await EvaluateHarness.Run("--gold", Labels(), "--predictions", WrongPredictions(), "--min-macro", "0.99");

        Assert.Equal(1, result.Code);
        Assert.Contains("gate failed: macro:", result.Error);
    }

    [Fact]
    public async Task Passing_gates_exit_zero()
    {
        var result = await EvaluateHarness.Run(
            "--gold", Labels(), "--predictions", WrongPredictions(), "--min", "city=1", "--min", "killed=0.5", "--min-macro", "0.5");

        Assert.Equal(0, result.Code);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task A_failing_precision_gate_exits_one()
    {
        var result = await EvaluateHarness.Run(
            "--gold", Labels(), "--predictions", WrongPredictions(), "--min", "claimed_group.precision=0.5", "--min", "city=1");

        Assert.Equal(1, result.Code);
        Assert.Contains("claimed_group.precision: 0.000 is below the required 0.500", result.Error);
        Assert.DoesNotContain("city", result.Error);
    }

    [Fact]
    public async Task Errors_lists_each_mismatch_with_its_evidence()
    {
        var result = await EvaluateHarness.Run("--gold", Labels(), "--predictions", WrongPredictions(), "--errors");

        Assert.Contains("a.txt\tkilled: gold \"3\", predicted \"5\"", result.Output);
        Assert.Contains("\tevidence: Five people were killed.", result.Output);
        Assert.Contains("a.txt\tclaimed_group: gold (empty), predicted \"Baloch Liberation Army\"", result.Output);
    }

    [Fact]
    public async Task Json_reports_missing_unknown_and_duplicate_sources()
    {
        var predictions = Predictions(
            """
            {"source": "a.txt", "status": "ok"}
            {"source": "a.txt", "status": "ok"}
            {"source": "stray.txt", "status": "ok"}
            """);

        var json = (await EvaluateHarness.Run("--gold", Labels(), "--predictions", predictions, "--format", "json", "--errors")).Json;

        var records = json.GetProperty("records");
        Assert.Equal((0, 1, 1, 1), (
            records.GetProperty("matched").GetInt32(),
            records.GetProperty("missing").GetInt32(),
            records.GetProperty("unknown").GetInt32(),
            records.GetProperty("duplicate_predictions").GetInt32()));
        Assert.Equal("b.txt", json.GetProperty("missing")[0].GetString());
        Assert.Equal("stray.txt", json.GetProperty("unknown")[0].GetString());
        Assert.Equal(0.0, json.GetProperty("macro").GetDouble());
        Assert.Contains(json.GetProperty("mismatches").EnumerateArray(), m => m.GetProperty("kind").GetString() == "duplicate_prediction");
    }

    [Theory]
    [InlineData(new string[0], "--gold LABELS is required")]
    [InlineData(new[] { "--min", "killed=1.5" }, "--min killed=1.5: the minimum must be a number from 0 to 1")]
    [InlineData(new[] { "--min", "deaths=0.5" }, "'deaths' is not a scored field")]
    [InlineData(new[] { "--min", "killed.f1=0.5" }, "'f1' is not a figure")]
    [InlineData(new[] { "--min-macro", "high" }, "--min-macro high: expected a number from 0 to 1")]
    [InlineData(new[] { "--format", "xml" }, "--format xml: expected table or json")]
    [InlineData(new[] { "--jobs", "0" }, "--jobs 0: expected a whole number of 1 or more")]
    public async Task Usage_errors_exit_two_with_a_message(string[] args, string message)
    {
        var withGold = message.Contains("--gold", StringComparison.Ordinal) ? args : ["--gold", Labels(), "--predictions", PerfectPredictions(), .. args];

        var result = await EvaluateHarness.Run(withGold);

        Assert.Equal(2, result.Code);
        Assert.Contains(message, result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Predictions_and_articles_together_are_a_usage_error()
    {
        var result = await EvaluateHarness.Run("--gold", Labels(), "--predictions", PerfectPredictions(), _harness.Folder);
        Assert.Equal(2, result.Code);
    }

    [Fact]
    public async Task An_input_that_does_not_exist_is_a_usage_error()
    {
        var result = await EvaluateHarness.Run("--gold", Labels(), "--bogus");

        Assert.Equal(2, result.Code);
        Assert.Contains("--bogus: no such file or folder", result.Error);
    }

    [Fact]
    public async Task Unreadable_labels_exit_two_naming_file_and_line()
    {
        var labels = _harness.Write("bad.jsonl", "{\"source\": \"a.txt\", \"status\": \"ok\"}\n{\"source\": \"b.txt\", \"status\": \"ok\", \"killed\": -1}\n");

        var result = await EvaluateHarness.Run("--gold", labels, "--predictions", PerfectPredictions());

        Assert.Equal(2, result.Code);
        Assert.Contains($"{labels}:2: killed: \"-1\" is not a whole number of 0 or more", result.Error);
    }

    [Fact]
    public async Task Scoring_the_articles_equals_scoring_their_extracted_records()
    {
        _harness.Write("articles/a.txt", "Gunmen attacked a police van in Quetta on Monday, killing three policemen, officials said.");
        _harness.Write("articles/b.txt", "The provincial cabinet approved the budget for the new school year on Tuesday.");
        _harness.Write("articles/unlabelled.txt", "A bomb exploded near a market in Peshawar, injuring five people.");
        var labels = Labels();

        var direct = await EvaluateHarness.Run("--gold", labels, "--models", EvaluateHarness.ModelsFolder, "--format", "json");

        var pipeline = IncidentPipeline.Load(EvaluateHarness.ModelsFolder);
        var items = InputCatalog.Enumerate([Path.Combine(_harness.Folder, "articles")], new InputOptions(), TextReader.Null)
            .Where(i => i.Source != "unlabelled.txt");
        var jsonl = new StringBuilder();
        var snakeCase = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        foreach (var record in ExtractionRunner.Run(items, pipeline, 1, CancellationToken.None))
        {
            jsonl.AppendLine(JsonSerializer.Serialize(record, snakeCase));
        }

        var viaFile = await EvaluateHarness.Run("--gold", labels, "--predictions", Predictions(jsonl.ToString()), "--format", "json");

        Assert.Equal(0, direct.Code);
        Assert.Equal(1, direct.Json.GetProperty("records").GetProperty("unlabelled_articles").GetInt32());
        Assert.Equal(2, direct.Json.GetProperty("records").GetProperty("matched").GetInt32());
        Assert.Equal(viaFile.Json.GetProperty("macro").GetDouble(), direct.Json.GetProperty("macro").GetDouble(), 12);
    }
}
