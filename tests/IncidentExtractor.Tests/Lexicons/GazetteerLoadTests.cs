using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Tests.Lexicons;

public sealed class GazetteerLoadTests : IDisposable
{
    private const string Header = "name,kind,city,district,province,latitude,longitude,population,aliases";
    private const string GoodRow = "Karachi,city,Karachi,,Sindh,24.93883,67.08914,11624219,Karachi city";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gazetteer-tests-" + Guid.NewGuid().ToString("N"));

    public GazetteerLoadTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "foreign.csv"), "name,country,aliases\nKabul,Afghanistan,\n");
        File.WriteAllText(Path.Combine(_folder, "stopwords.txt"), "# comment\npolice\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_well_formed_folder_loads()
    {
        WritePlaces(GoodRow);
        var gazetteer = Gazetteer.Load(_folder);
        Assert.Equal(2, gazetteer.Entries.Count);
        Assert.Equal("Karachi", gazetteer.Lookup("karachi city")[0].Name);
        Assert.True(gazetteer.Lookup("Kabul")[0].IsForeign);
    }

    [Theory]
    [InlineData("Karachi,city,Karachi,,Sindh,24.9,67.0,0", "expected 9 comma-separated fields")]
    [InlineData("Karachi,town,Karachi,,Sindh,24.9,67.0,0,", "kind 'town'")]
    [InlineData("Karachi,city,Karachi,,NWFP,24.9,67.0,0,", "province 'NWFP'")]
    [InlineData("Karachi,city,Karachi,,Sindh,67.0,24.9,0,", "outside Pakistan")]
    [InlineData("Karachi,city,Karachi,,Sindh,north,67.0,0,", "must both be numbers")]
    [InlineData("\"Karachi, Sindh\",city,Karachi,,Sindh,24.9,67.0,0,", "quoted fields")]
    [InlineData("Karachi,city,Karachi,,Sindh,24.9,67.0,many,", "population 'many'")]
    public void A_malformed_row_names_the_file_and_line(string row, string problem)
    {
        WritePlaces(GoodRow, row);
        var error = Assert.Throws<ModelLoadException>(() => Gazetteer.Load(_folder));
        Assert.Contains(Path.Combine(_folder, "places.csv") + ":3", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_header_is_reported_on_line_1()
    {
        File.WriteAllText(Path.Combine(_folder, "places.csv"), "name,kind\n");
        var error = Assert.Throws<ModelLoadException>(() => Gazetteer.Load(_folder));
        Assert.Contains("places.csv:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        WritePlaces(GoodRow);
        File.Delete(Path.Combine(_folder, "foreign.csv"));
        var error = Assert.Throws<ModelLoadException>(() => Gazetteer.Load(_folder));
        Assert.Contains("foreign.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_place_in_Pakistan_is_rejected()
    {
        WritePlaces(GoodRow);
        File.WriteAllText(Path.Combine(_folder, "foreign.csv"), "name,country,aliases\nLahore,Pakistan,\n");
        var error = Assert.Throws<ModelLoadException>(() => Gazetteer.Load(_folder));
        Assert.Contains("foreign.csv:2", error.Message, StringComparison.Ordinal);
    }

    private void WritePlaces(params string[] rows) =>
        File.WriteAllText(Path.Combine(_folder, "places.csv"), Header + "\n" + string.Join("\n", rows) + "\n");
}
