using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Outputs;

/// <summary>
/// JSON (an indented array of record objects) or JSON Lines (one compact object per line). Each
/// object has the schema's fields in order, null for unknown, numbers as numbers, then
/// <c>evidence</c>: field name to sentence, offsets and rule, in field order.
/// </summary>
internal sealed class JsonRecordWriter : RecordWriter
{
    private readonly TextWriter _output;
    private readonly bool _lines;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;
    private bool _started;

    public JsonRecordWriter(TextWriter output, bool lines)
    {
        _output = output;
        _lines = lines;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = !lines,
            NewLine = "\n",
            // Output goes to files and pipes, never into HTML, so non-ASCII names (Urdu place names,
            // typographic quotes) stay readable instead of becoming \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = lines,
        });
    }

    public override void Write(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_started && !_lines)
        {
            _json.WriteStartArray();
        }

        _started = true;
        WriteObject(record);
        if (_lines)
        {
            Drain();
            _output.Write('\n');
            // Each line is a separate JSON document; the writer must forget the previous one.
            _json.Reset();
        }
        else
        {
            Drain();
        }
    }

    public override void Complete()
    {
        if (_lines)
        {
            return;
        }

        if (!_started)
        {
            _json.WriteStartArray();
            _started = true;
        }

        _json.WriteEndArray();
        Drain();
        _output.Write('\n');
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json.Dispose();
        }
    }

    private void WriteObject(IncidentRecord record)
    {
        _json.WriteStartObject();
        foreach (var field in RecordFields.Names)
        {
            var value = RecordFields.Get(record, field);
            if (value is null)
            {
                _json.WriteNull(field);
            }
            else if (RecordFields.IsNumeric(field) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                // The invariant text the CSV uses, so both formats show the same digits.
                _json.WritePropertyName(field);
                _json.WriteRawValue(value, skipInputValidation: false);
            }
            else if (RecordFields.IsNumeric(field))
            {
                _json.WriteNull(field);
            }
            else
            {
                _json.WriteString(field, WellFormedText.Repair(value));
            }
        }

        _json.WriteStartObject("evidence");
        foreach (var (field, evidence) in OrderedEvidence(record))
        {
            _json.WriteStartObject(WellFormedText.Repair(field));
            _json.WriteString("sentence", WellFormedText.Repair(evidence.Sentence));
            _json.WriteNumber("start", evidence.Start);
            _json.WriteNumber("end", evidence.End);
            _json.WriteString("rule", WellFormedText.Repair(evidence.Rule));
            _json.WriteEndObject();
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    // Field order, then any name outside the schema ordinally: the output must not depend on
    // the order a dictionary happens to keep.
    private static IEnumerable<KeyValuePair<string, FieldEvidence>> OrderedEvidence(IncidentRecord record) =>
        record.Evidence
            .OrderBy(e => IndexOf(e.Key))
            .ThenBy(e => e.Key, StringComparer.Ordinal);

    private static int IndexOf(string field)
    {
        for (var i = 0; i < RecordFields.Names.Count; i++)
        {
            if (RecordFields.Names[i] == field)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
