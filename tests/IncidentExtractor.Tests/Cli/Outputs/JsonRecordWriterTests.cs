using System.Text.Json;
using IncidentExtractor.Cli.Outputs;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Outputs;

public class JsonRecordWriterTests
{
    private static readonly IncidentRecord Sample = new()
    {
        Source = "a.txt",
        Status = RecordStatus.Ok,
        City = "Karachi",
        Killed = 4,
        Latitude = 24.8607,
        Evidence = new Dictionary<string, FieldEvidence>
        {
            ["killed"] = new("Four were killed.", 10, 14, "casualties.count"),
            ["city"] = new("In Karachi, gunmen...", 3, 10, "gazetteer"),
        },
    };

    private static string Write(bool lines, params IncidentRecord[] records) =>
        WrittenRecords.Text(output => new JsonRecordWriter(output, lines), records);

    [Fact]
    public void Json_is_an_array_of_objects_with_every_field_null_for_empty_and_numbers_as_numbers()
    {
        using var document = JsonDocument.Parse(Write(lines: false, Sample, IncidentRecord.ForError("b.txt", "empty")));

        var records = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal([.. RecordFields.Names, "evidence"], records[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("title").ValueKind);
        Assert.Equal(4, records[0].GetProperty("killed").GetInt32());
        Assert.Equal(24.8607, records[0].GetProperty("latitude").GetDouble());
        Assert.Equal("empty", records[1].GetProperty("error").GetString());
    }

    [Fact]
    public void Evidence_is_written_in_field_order_with_sentence_offsets_and_rule()
    {
        using var document = JsonDocument.Parse(Write(lines: false, Sample));

        var evidence = document.RootElement[0].GetProperty("evidence");
        Assert.Equal(["city", "killed"], evidence.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Four were killed.", evidence.GetProperty("killed").GetProperty("sentence").GetString());
        Assert.Equal(10, evidence.GetProperty("killed").GetProperty("start").GetInt32());
        Assert.Equal(14, evidence.GetProperty("killed").GetProperty("end").GetInt32());
        Assert.Equal("casualties.count", evidence.GetProperty("killed").GetProperty("rule").GetString());
    }

    [Fact]
    public void Json_lines_has_one_compact_object_per_line()
    {
        var text = Write(lines: true, Sample, IncidentRecord.ForError("b.txt", "binary file"));

        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal("a.txt", JsonDocument.Parse(lines[0]).RootElement.GetProperty("source").GetString());
        Assert.Equal("binary file", JsonDocument.Parse(lines[1]).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void An_empty_batch_is_an_empty_array()
    {
        Assert.Equal("[]\n", Write(lines: false));
        Assert.Equal(string.Empty, Write(lines: true));
    }

    [Fact]
    public void Non_ascii_text_stays_readable()
    {
        var text = Write(lines: true, new IncidentRecord { Source = "\u06a9\u0631\u0627\u0686\u06cc.txt", Status = RecordStatus.Ok, Title = "\u201cQuoted\u201d" });

        Assert.Contains("\"\u06a9\u0631\u0627\u0686\u06cc.txt\"", text, StringComparison.Ordinal);
        Assert.Contains("\u201cQuoted\u201d", text, StringComparison.Ordinal);
    }
}
