using System.CommandLine;
using System.Text;
using System.Text.Json;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Story = "Gunmen attacked a police post in Quetta on Friday, killing two officers.";
    private static readonly string Header = string.Join(',', RecordFields.Names);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Batch(int count, bool withBadOnes = false)
    {
        var folder = _temp.Folder("batch");
        for (var i = 0; i < count; i++)
        {
            _temp.Write($"batch/{i % 7}/article-{i:D3}.txt", $"{Story} Report {i}, with a comma.");
        }

        if (withBadOnes)
        {
            _temp.Write("batch/empty.txt", []);
            _temp.Write("batch/binary.txt", [1, 0, 2]);
        }

        return folder;
    }

    private static string Column(string csvLine, int index) => csvLine.Split(',')[index];

    [Fact]
    public async Task Writes_csv_with_a_header_and_one_row_per_article_to_standard_output()
    {
        var outcome = await ExtractHarness.Run(Batch(3));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Error);
        Assert.Equal(Header, outcome.OutputLines[0]);
        Assert.Equal(["0/article-000.txt", "1/article-001.txt", "2/article-002.txt"], outcome.OutputLines.Skip(1).Select(l => Column(l, 0)));
        Assert.All(outcome.OutputLines.Skip(1), l => Assert.Contains(Column(l, 1), new[] { RecordStatus.Ok, RecordStatus.NoIncident }));
    }

    [Fact]
    public async Task Failed_inputs_give_error_records_one_stderr_line_each_a_summary_and_exit_code_1()
    {
        var outcome = await ExtractHarness.Run(Batch(2, withBadOnes: true), _temp["missing.txt"]);

        Assert.Equal(1, outcome.ExitCode);
        var rows = outcome.OutputLines.Skip(1).ToList();
        Assert.Equal(["0/article-000.txt", "1/article-001.txt", "binary.txt", "empty.txt", _temp["missing.txt"]], rows.Select(l => Column(l, 0)));
        Assert.Equal(["binary file", "empty", "not found"], rows.Skip(2).Select(l => l.Split(',')[^1]));
        Assert.Equal(
            ["incident-extractor: binary.txt: binary file", "incident-extractor: empty.txt: empty",
             $"incident-extractor: {_temp["missing.txt"]}: not found", "incident-extractor: 3 of 5 inputs failed"],
            outcome.ErrorLines);
    }

    [Fact]
    public async Task Quiet_keeps_only_the_summary_on_standard_error()
    {
        var outcome = await ExtractHarness.Run(Batch(1, withBadOnes: true), "--quiet");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["incident-extractor: 2 of 3 inputs failed"], outcome.ErrorLines);
    }

    [Theory]
    [InlineData(new[] { "--quiet" }, "no INPUT given")]
    [InlineData(new[] { "x", "--jobs", "0" }, "--jobs must be")]
    [InlineData(new[] { "x", "--jobs", "many" }, "--jobs must be")]
    [InlineData(new[] { "x", "--format", "xml" }, "--format must be")]
    [InlineData(new[] { "x", "--input-format", "pdf" }, "--input-format must be")]
    [InlineData(new[] { "x", "--published", "23/11/2018" }, "--published must be")]
    [InlineData(new[] { "x", "--max-bytes", "-5" }, "--max-bytes must be")]
    [InlineData(new[] { "x", "--include", " " }, "--include needs")]
    [InlineData(new[] { "x", "--bogus" }, "unknown option '--bogus'")]
    public async Task Usage_errors_exit_2_with_a_message_that_says_what_to_do(string[] args, string message)
    {
        var outcome = await ExtractHarness.Run(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Output);
        Assert.StartsWith("incident-extractor: " + message, outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'incident-extractor extract --help' for usage.", outcome.ErrorLines[1]);
    }

    [Fact]
    public async Task A_models_folder_that_cannot_be_loaded_is_one_line_and_exit_code_2()
    {
        var outcome = await ExtractHarness.Run(Batch(1), "--models", _temp["no-models"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Output);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"incident-extractor: cannot load models from {_temp["no-models"]}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_order_and_bytes_do_not_depend_on_jobs()
    {
        var folder = Batch(60, withBadOnes: true);

        var one = await ExtractHarness.Run(folder, "--jobs", "1", "-o", _temp["one.csv"]);
        var two = await ExtractHarness.Run(folder, "--jobs", "2", "-o", _temp["two.csv"]);
        var many = await ExtractHarness.Run(folder, "-j", "8", "--format", "jsonl", "-o", _temp["many.jsonl"]);
        var single = await ExtractHarness.Run(folder, "-j", "1", "--format", "jsonl", "-o", _temp["single.jsonl"]);

        Assert.Equal([1, 1, 1, 1], new[] { one.ExitCode, two.ExitCode, many.ExitCode, single.ExitCode });
        Assert.Equal(File.ReadAllBytes(_temp["one.csv"]), File.ReadAllBytes(_temp["two.csv"]));
        Assert.Equal(File.ReadAllBytes(_temp["single.jsonl"]), File.ReadAllBytes(_temp["many.jsonl"]));
        Assert.Equal(62, File.ReadAllLines(_temp["single.jsonl"]).Length);
    }

    [Fact]
    public async Task The_format_follows_the_output_extension_and_the_file_is_utf8_without_a_byte_order_mark()
    {
        var folder = Batch(2);

        await ExtractHarness.Run(folder, "-o", _temp["out.json"]);
        await ExtractHarness.Run(folder, "-o", _temp["out.jsonl"]);
        await ExtractHarness.Run(folder, "-o", _temp["out.txt"]);
        await ExtractHarness.Run(folder, "--format", "json", "-o", _temp["forced.csv"]);

        var json = File.ReadAllBytes(_temp["out.json"]);
        Assert.Equal((byte)'[', json[0]);
        Assert.Equal(2, JsonDocument.Parse(json).RootElement.GetArrayLength());
        Assert.Equal(2, File.ReadAllLines(_temp["out.jsonl"]).Length);
        Assert.StartsWith(Header + "\r\n", File.ReadAllText(_temp["out.txt"]), StringComparison.Ordinal);
        Assert.Equal((byte)'[', File.ReadAllBytes(_temp["forced.csv"])[0]);
    }

    [Fact]
    public async Task Dash_as_output_is_standard_output()
    {
        var outcome = await ExtractHarness.Run(Batch(1), "-o", "-", "--format", "jsonl");

        Assert.Equal("0/article-000.txt", JsonDocument.Parse(outcome.Output).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Standard_input_and_json_lines_batches_are_read()
    {
        var text = await ExtractHarness.RunWithInput(Story, "-", "--format", "jsonl");
        var rows = await ExtractHarness.RunWithInput(
            """{"id": "r1", "text": "One."}""" + "\n" + "not json\n" + """{"id": "r3", "text": "Three.", "published": "2020-02-02"}""",
            "-", "--input-format", "jsonl", "--format", "jsonl", "--published", "2019-01-01");

        Assert.Equal(0, text.ExitCode);
        Assert.Equal("<stdin>", JsonDocument.Parse(text.Output).RootElement.GetProperty("source").GetString());
        Assert.Equal(1, rows.ExitCode);
        var lines = rows.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["r1", "<stdin>:2", "r3"], lines.Select(l => l.GetProperty("source").GetString()));
        Assert.StartsWith("malformed JSON Lines row on line 2", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Include_and_max_bytes_options_reach_the_input_catalog()
    {
        _temp.Write("site/a.html", "<html><body><p>" + Story + "</p></body></html>");
        _temp.Write("site/b.txt", Story);
        _temp.Write("site/c.html", "<html><body><p>" + new string('x', 400) + "</p></body></html>");

        var outcome = await ExtractHarness.Run(_temp["site"], "--include", "*.html", "--max-bytes", "300");

        Assert.Equal(["a.html", "c.html"], outcome.OutputLines.Skip(1).Select(l => Column(l, 0)));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("too large", outcome.OutputLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_csv_turns_formula_neutralisation_off()
    {
        _temp.Write("f/=cmd.txt", Story);

        var guarded = await ExtractHarness.Run(_temp["f"], "--include", "*");
        var raw = await ExtractHarness.Run(_temp["f"], "--include", "*", "--raw-csv");

        Assert.StartsWith("\"'=cmd.txt\",", guarded.OutputLines[1], StringComparison.Ordinal);
        Assert.StartsWith("=cmd.txt,", raw.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interrupted_run_leaves_the_previous_output_and_no_partial_file_and_exits_130()
    {
        var target = _temp.Write("out/incidents.csv", "previous contents");
        using var cancel = new CancellationTokenSource();
        var rows = Enumerable.Range(0, 10_000).Select(i => $$"""{"id": "r{{i}}", "text": "Story {{i}}."}""");
        var stdin = new CancellingReader(string.Join('\n', rows), cancelAfterChars: 2_000, cancel);

        var outcome = await ExtractHarness.Run(() => stdin, cancel.Token, "-", "--input-format", "jsonl", "-o", target, "--jobs", "2");

        Assert.Equal(130, outcome.ExitCode);
        Assert.Equal("previous contents", File.ReadAllText(target));
        Assert.Equal(["incidents.csv"], Directory.GetFiles(_temp["out"]).Select(Path.GetFileName));
        Assert.Equal($"incident-extractor: interrupted; {target} was not changed", Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public async Task A_missing_output_folder_is_a_usage_error()
    {
        var outcome = await ExtractHarness.Run(Batch(1), "-o", _temp["no/such/out.csv"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"incident-extractor: cannot write {_temp["no/such/out.csv"]}", outcome.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_command_wires_extract_with_help_examples_and_a_version()
    {
        var root = IncidentExtractor.Cli.Program.BuildRootCommand();
        var help = new StringWriter();
        var version = new StringWriter();

        var helpCode = await root.Parse(["extract", "--help"]).InvokeAsync(new InvocationConfiguration { Output = help, Error = new StringWriter() });
        var versionCode = await root.Parse(["--version"]).InvokeAsync(new InvocationConfiguration { Output = version, Error = new StringWriter() });

        Assert.Equal(0, helpCode);
        Assert.Contains("incident-extractor extract samples/articles -o incidents.csv", help.ToString(), StringComparison.Ordinal);
        foreach (var option in new[] { "--include", "--input-format", "--format", "--output", "--published", "--models", "--jobs", "--max-bytes", "--raw-csv", "--quiet", "--verbose" })
        {
            Assert.Contains(option, help.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, versionCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.ToString());
    }

    /// <summary>Standard input that cancels the run once the runner has read this far into it.</summary>
    private sealed class CancellingReader(string text, int cancelAfterChars, CancellationTokenSource cancel) : StringReader(text)
    {
        private int _read;

        public override int Read(char[] buffer, int index, int count)
        {
            var read = base.Read(buffer, index, Math.Min(count, 256));
            _read += read;
            if (_read >= cancelAfterChars)
            {
                cancel.Cancel();
            }

            return read;
        }
    }
}
