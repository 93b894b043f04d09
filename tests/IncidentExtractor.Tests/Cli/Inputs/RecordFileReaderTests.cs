using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Inputs;

public class RecordFileReaderTests
{
    private static IReadOnlyList<IncidentRecord> Read(string text, string name)
    {
        Assert.True(RecordFileReader.TryParse(text, name, out var records, out var error), error);
        return records;
    }

    private static string Error(string text, string name)
    {
        Assert.False(RecordFileReader.TryParse(text, name, out _, out var error));
        return error;
    }

    [Fact]
    public void Json_lines_give_one_record_per_line_and_ignore_extra_keys()
    {
        var records = Read(
            """
            {"source": "a.txt", "status": "ok", "city": "Karachi", "killed": 4, "latitude": 24.86, "_url": "https://example.org/a", "_notes": "n"}

            {"source": "b.txt", "status": "no_incident", "killed": null}
            """,
            "labels.jsonl");

        Assert.Equal(2, records.Count);
        Assert.Equal(("a.txt", "Karachi", 4, 24.86), (records[0].Source, records[0].City, records[0].Killed, records[0].Latitude));
        Assert.Equal((RecordStatus.NoIncident, (int?)null), (records[1].Status, records[1].Killed));
    }

    [Fact]
    public void Evidence_sentences_are_kept()
    {
        var records = Read(
            """{"source": "a.txt", "status": "ok", "killed": 2, "evidence": {"killed": {"sentence": "Two died.", "start": 0, "end": 3, "rule": "x"}, "city": "In Karachi."}}""",
            "predictions.jsonl");

        Assert.Equal("Two died.", records[0].Evidence["killed"].Sentence);
        Assert.Equal("In Karachi.", records[0].Evidence["city"].Sentence);
    }

    [Fact]
    public void A_json_array_is_read()
    {
        var records = Read("""[{"source": "a.txt", "status": "ok"}, {"source": "b.txt", "status": "ok", "killed": 1.0}]""", "out.json");
        Assert.Equal(["a.txt", "b.txt"], records.Select(r => r.Source));
        Assert.Equal(1, records[1].Killed);
    }

    [Fact]
    public void Csv_with_a_header_is_read_and_empty_cells_are_empty()
    {
        var records = Read(
            "source,status,city,killed,claimed_group,_notes\n" +
            "a.txt,ok,Karachi,4,,\n" +
            "b.txt,ok,\"Dera Ismail Khan\",,\"Tehrik-i-Taliban Pakistan\",\"a, b\"\n",
            "labels.csv");

        Assert.Equal(("a.txt", "Karachi", 4, (string?)null), (records[0].Source, records[0].City, records[0].Killed, records[0].ClaimedGroup));
        Assert.Equal(("Dera Ismail Khan", (int?)null, "Tehrik-i-Taliban Pakistan"), (records[1].City, records[1].Killed, records[1].ClaimedGroup));
    }

    [Fact]
    public void A_malformed_json_line_is_an_error_naming_file_and_line()
    {
        var error = Error("{\"source\": \"a.txt\", \"status\": \"ok\"}\n{\"source\": \"b.txt\", \n", "labels.jsonl");
        Assert.StartsWith("labels.jsonl:2: not valid JSON (", error);
    }

    [Fact]
    public void A_malformed_json_array_is_an_error_naming_the_line()
    {
        Assert.StartsWith("out.json:3: not valid JSON (", Error("[\n  {\"source\": \"a.txt\", \"status\": \"ok\"},\n  {\"source\": }\n]", "out.json"));
    }

    [Fact]
    public void A_bad_value_in_a_json_array_names_the_line_of_its_record()
    {
        var error = Error("[\n  {\"source\": \"a.txt\", \"status\": \"ok\"},\n  {\"source\": \"b.txt\", \"status\": \"ok\",\n   \"killed\": \"four\"}\n]", "out.json");
        Assert.Equal("out.json:3: killed: \"four\" is not a whole number of 0 or more", error);
    }

    [Fact]
    public void A_bad_value_in_csv_names_its_line()
    {
        var error = Error("source,status,published\na.txt,ok,2018-11-23\nb.txt,ok,23/11/2018\n", "labels.csv");
        Assert.Equal("labels.csv:3: published: \"23/11/2018\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)", error);
    }

    [Fact]
    public void A_record_without_source_or_status_is_an_error()
    {
        Assert.Equal("l.jsonl:1: source: missing; every record needs the article's source", Error("""{"status": "ok"}""", "l.jsonl"));
        Assert.Equal("l.jsonl:1: status: \"done\" is not one of ok, no_incident, error", Error("""{"source": "a", "status": "done"}""", "l.jsonl"));
    }

    [Fact]
    public void Csv_without_a_source_column_is_an_error()
    {
        Assert.StartsWith("l.csv:1: the header row has no 'source' column", Error("id,status\na,ok\n", "l.csv"));
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-labels-" + Guid.NewGuid().ToString("N") + ".jsonl");
        Assert.False(RecordFileReader.TryRead(path, TextReader.Null, out _, out var error));
        Assert.StartsWith($"{path}: cannot read the file", error);
    }
}
