using IncidentExtractor.Cli.Inputs;

namespace IncidentExtractor.Tests.Cli.Inputs;

public class BoundedLineReaderTests
{
    [Fact]
    public void Reads_lines_ended_by_lf_crlf_or_cr_and_a_last_line_without_an_end()
    {
        var reader = new BoundedLineReader(new StringReader("a\nbb\r\n\rccc"), maxChars: 10);

        var lines = new List<string?>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line);
        }

        Assert.Equal(["a", "bb", "", "ccc"], lines);
        Assert.Equal(4, reader.LineNumber);
    }

    [Fact]
    public void A_line_over_the_limit_reads_as_null_and_the_next_line_is_intact()
    {
        var reader = new BoundedLineReader(new StringReader(new string('x', 100_000) + "\nnext"), maxChars: 50);

        Assert.True(reader.TryReadLine(out var first));
        Assert.True(reader.TryReadLine(out var second));

        Assert.Null(first);
        Assert.Equal("next", second);
        Assert.False(reader.TryReadLine(out _));
    }
}
