using System.CommandLine;

namespace IncidentExtractor.Cli.Commands;

/// <summary><c>extract</c>: reads articles and writes one record per article.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Extract one incident record per article.");
        command.SetAction(_ => 0);
        return command;
    }
}
