using IncidentExtractor.Cli.Outputs;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Outputs;

public class CsvRecordWriterTests
{
    private static readonly string Header = string.Join(',', RecordFields.Names);

    private static string Write(bool neutralise, params IncidentRecord[] records) =>
        WrittenRecords.Text(output => new CsvRecordWriter(output, neutralise), records);

    [Fact]
    public void An_empty_batch_is_just_the_header()
    {
        Assert.Equal(Header + "\r\n", Write(neutralise: true));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says()
    {
        var record = new IncidentRecord
        {
            Source = "a.txt",
            Status = RecordStatus.Ok,
            Title = "Police say \"two\" killed, three hurt",
            LocationDetail = "line one\nline two",
            City = "Karachi",
            Killed = 2,
            Latitude = 24.8607,
            Confidence = 0.75,
        };

        var lines = Write(neutralise: true, record);

        Assert.Equal(
            Header + "\r\n" +
            "a.txt,ok,\"Police say \"\"two\"\" killed, three hurt\",,,,Karachi,,,,\"line one\nline two\",24.8607,,,,,,,,2,,,,,0.75,\r\n",
            lines);
    }

    [Fact]
    public void Text_cells_that_could_be_formulas_are_neutralised_by_default()
    {
        var record = new IncidentRecord
        {
            Source = "=HYPERLINK(\"x\")",
            Status = RecordStatus.Ok,
            Title = "+92 300",
            City = "-Lahore",
            District = "@sum",
            Target = "\tTab",
            Attackers = "gunmen = 3",
        };

        var row = Write(neutralise: true, record).Split("\r\n")[1];

        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",ok,\"'+92 300\",,,,\"'-Lahore\",\"'@sum\",,,,,,\"'\tTab\",,gunmen = 3,,,,,,,,,,", row);
    }

    [Fact]
    public void Raw_csv_writes_cells_as_they_are()
    {
        var record = new IncidentRecord { Source = "=1+1", Status = RecordStatus.Ok, City = "-Lahore" };

        var row = Write(neutralise: false, record).Split("\r\n")[1];

        Assert.Equal("=1+1,ok,,,,,-Lahore,,,,,,,,,,,,,,,,,,,", row);
    }

    [Fact]
    public void Numbers_are_never_neutralised()
    {
        var record = new IncidentRecord { Source = "a", Status = RecordStatus.Ok, Longitude = -71.5, Latitude = -0.25 };

        var row = Write(neutralise: true, record).Split("\r\n")[1];

        Assert.Equal("a,ok,,,,,,,,,,-0.25,-71.5,,,,,,,,,,,,,", row);
    }
}
