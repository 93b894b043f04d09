using System.CommandLine;

namespace IncidentExtractor.Cli.Commands;

/// <summary><c>evaluate</c>: scores the extractor against labelled records.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var command = new Command("evaluate", "Score extracted records against labelled (gold) records.");
        command.SetAction(_ => 0);
        return command;
    }
}
