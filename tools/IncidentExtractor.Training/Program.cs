using System.CommandLine;

namespace IncidentExtractor.Training;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var parseResult = BuildRootCommand().Parse(args);
        var exitCode = await parseResult.InvokeAsync().ConfigureAwait(false);
        // Usage errors the parser finds itself exit 2, like those the command finds.
        return parseResult.Errors.Count > 0 ? 2 : exitCode;
    }

    /// <summary>The whole command tree; tests parse and invoke it without starting a process.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand(
            "Fits the extractor's weights from the labelled samples.");
        return root;
    }
}
