namespace IncidentExtractor.Tests;

public class SmokeTests
{
    [Fact]
    public void Root_command_has_extract_and_evaluate()
    {
        var root = IncidentExtractor.Cli.Program.BuildRootCommand();
        Assert.Contains(root.Subcommands, c => c.Name == "extract");
        Assert.Contains(root.Subcommands, c => c.Name == "evaluate");
    }
}
