using System.Globalization;
using CsvHelper;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Outputs;

/// <summary>
/// CSV as RFC 4180 has it: a header row with the schema's field names in order, CRLF line ends,
/// a cell quoted when it holds a comma, quote or line break; empty cells for unknown values.
/// With formula neutralisation (the default), a text cell that starts with '=', '+', '-', '@',
/// a tab or a carriage return gets a leading single quote (and quotes around it), so a
/// spreadsheet shows it as text instead of running it. Number cells are written as numbers and
/// never altered.
/// </summary>
internal sealed class CsvRecordWriter : RecordWriter
{
    private readonly CsvWriter _csv;
    private bool _headerWritten;

    public CsvRecordWriter(TextWriter output, bool neutraliseFormulas)
    {
        var options = new CsvWriterOptions
        {
            NewLine = "\r\n",
            FormatProvider = CultureInfo.InvariantCulture,
            Injection = neutraliseFormulas ? CsvInjection.Escape : CsvInjection.None,
        };
        _csv = CsvWriter.Create(output, options, leaveOpen: true);
    }

    public override void Write(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        WriteHeader();
        foreach (var field in RecordFields.Names)
        {
            var value = RecordFields.Get(record, field);
            if (RecordFields.IsNumeric(field) && value is not null &&
                double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                // Written as a number (in the text RecordFields gives) so the formula guard leaves it alone.
                _csv.WriteField(number, NumberFormat);
            }
            else
            {
                _csv.WriteField(value);
            }
        }

        _csv.EndRecord();
        _csv.Flush();
    }

    public override void Complete()
    {
        // An empty batch still gets its header, so the file is a valid, empty table.
        WriteHeader();
        _csv.Flush();
    }

    // The format RecordFields uses for numbers; integers come out unchanged.
    private const string NumberFormat = "0.####";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _csv.Dispose();
        }
    }

    private void WriteHeader()
    {
        if (_headerWritten)
        {
            return;
        }

        _csv.WriteHeader(RecordFields.Names.ToArray());
        _headerWritten = true;
    }
}
