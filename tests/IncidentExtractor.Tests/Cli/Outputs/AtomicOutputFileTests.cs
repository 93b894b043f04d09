using IncidentExtractor.Cli.Outputs;

namespace IncidentExtractor.Tests.Cli.Outputs;

public sealed class AtomicOutputFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Committing_replaces_the_previous_file_with_utf8_without_a_byte_order_mark()
    {
        var target = _temp.Write("out.csv", "old");

        using (var file = AtomicOutputFile.Create(target))
        {
            file.Writer.Write("caf\u00e9");
            Assert.Equal("old", File.ReadAllText(target));
            file.Commit();
        }

        Assert.Equal([0x63, 0x61, 0x66, 0xC3, 0xA9], File.ReadAllBytes(target));
        Assert.Equal(["out.csv"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Disposing_without_committing_leaves_the_previous_file_and_no_temporary_file()
    {
        var target = _temp.Write("out.csv", "old");

        using (var file = AtomicOutputFile.Create(target))
        {
            file.Writer.Write(new string('x', 200_000));
            Assert.True(File.Exists(file.TemporaryPath));
        }

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["out.csv"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_folder_fails_before_any_work()
    {
        Assert.ThrowsAny<IOException>(() => AtomicOutputFile.Create(_temp["no/such/folder/out.csv"]));
    }
}
