using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Outputs;

/// <summary>Writes records one at a time to a text writer, in one of the output formats.</summary>
internal abstract class RecordWriter : IDisposable
{
    public abstract void Write(IncidentRecord record);

    /// <summary>Writes what closes the output (the end of a JSON array); the writer is not flushed or closed.</summary>
    public abstract void Complete();

    /// <summary>Releases the formatter; the underlying text writer stays open.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    public static RecordWriter Create(OutputFormat format, TextWriter output, bool neutraliseFormulas) => format switch
    {
        OutputFormat.Csv => new CsvRecordWriter(output, neutraliseFormulas),
        OutputFormat.Json => new JsonRecordWriter(output, lines: false),
        OutputFormat.Jsonl => new JsonRecordWriter(output, lines: true),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };
}
