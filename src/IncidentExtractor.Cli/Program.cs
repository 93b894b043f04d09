using System.CommandLine;
using IncidentExtractor.Cli.Commands;

namespace IncidentExtractor.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = BuildRootCommand();
        var parseResult = root.Parse(args);
        var exitCode = await parseResult.InvokeAsync().ConfigureAwait(false);
        // Usage errors the parser finds itself (an unknown option, an option without its value)
        // exit 2, like those the commands find.
        return parseResult.Errors.Count > 0 ? 2 : exitCode;
    }

    /// <summary>The whole command tree; tests parse and invoke it without starting a process.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand(
            "Turns news reports of security incidents in Pakistan into one structured record per article.\n" +
            "Example: incident-extractor extract samples/articles -o incidents.csv");
        root.Add(ExtractCommand.Create());
        root.Add(EvaluateCommand.Create());
        return root;
    }
}
