using IncidentExtractor.Cli.Terminal;

namespace IncidentExtractor.Tests.Cli.Terminal;

public class RunReporterTests
{
    private static (RunReporter Reporter, StringWriter Error) Make(bool terminal, bool quiet = false, bool colour = true)
    {
        var error = new StringWriter();
        var console = new CommandConsole(() => TextReader.Null, TextWriter.Null, error, terminal, colour);
        return (new RunReporter(console, quiet), error);
    }

    [Fact]
    public void Failed_inputs_are_one_line_each_even_when_the_message_has_line_breaks()
    {
        var (reporter, error) = Make(terminal: false);

        reporter.InputFailed("a\nb.txt", "internal error: first\nsecond");

        Assert.Equal("incident-extractor: a b.txt: internal error: first second\n", error.ToString());
    }

    [Fact]
    public void The_summary_counts_with_thousands_separators_and_is_silent_when_nothing_failed()
    {
        var (reporter, error) = Make(terminal: false);

        reporter.Finish(1204, 0);
        Assert.Equal(string.Empty, error.ToString());
        reporter.Finish(1204, 3);

        Assert.Equal("incident-extractor: 3 of 1,204 inputs failed\n", error.ToString());
    }

    [Fact]
    public void Progress_is_drawn_only_on_a_terminal_and_not_when_quiet()
    {
        var (piped, pipedError) = Make(terminal: false);
        var (quiet, quietError) = Make(terminal: true, quiet: true);
        var (shown, shownError) = Make(terminal: true, colour: false);

        piped.Progress(10, 1);
        quiet.Progress(10, 1);
        shown.Progress(10, 1);
        shown.Finish(10, 0);

        Assert.Equal(string.Empty, pipedError.ToString());
        Assert.Equal(string.Empty, quietError.ToString());
        Assert.Contains("10 articles", shownError.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 failed", shownError.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[31m", shownError.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", shownError.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "xterm-256color", true)]
    [InlineData("1", "xterm-256color", false)]
    [InlineData("", "xterm", true)]
    [InlineData(null, "dumb", false)]
    public void Colour_follows_no_color_and_dumb_terminals(string? noColor, string? term, bool expected)
    {
        Assert.Equal(expected, CommandConsole.ColourWanted(noColor, term));
    }
}
