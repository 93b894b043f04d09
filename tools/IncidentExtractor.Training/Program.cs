using System.CommandLine;
using IncidentExtractor.Training.Commands;

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
            "Fits the extractor's weights from the labelled samples.\n" +
            "Example: incident-training confidence --gold samples/labels-tune.jsonl --articles samples/articles");
        root.Add(ConfidenceCommand.Create());
        return root;
    }
}
