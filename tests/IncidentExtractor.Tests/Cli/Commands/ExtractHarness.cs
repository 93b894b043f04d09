using System.CommandLine;
using IncidentExtractor.Cli.Commands;

namespace IncidentExtractor.Tests.Cli.Commands;

/// <summary>What one in-process run of <c>extract</c> wrote and returned.</summary>
internal sealed record ExtractOutcome(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the <c>extract</c> command in-process with captured output and a given standard input.</summary>
internal static class ExtractHarness
{
    public static Task<ExtractOutcome> Run(params string[] args) => Run(stdin: null, CancellationToken.None, args);

    public static Task<ExtractOutcome> RunWithInput(string stdin, params string[] args) => Run(() => new StringReader(stdin), CancellationToken.None, args);

    public static async Task<ExtractOutcome> Run(Func<TextReader>? stdin, CancellationToken cancellationToken, params string[] args)
    {
        var root = new RootCommand("test") { ExtractCommand.Create(stdin ?? (() => new StringReader(string.Empty))) };
        var output = new StringWriter();
        var error = new StringWriter();
        var withModels = args.Contains("--models") ? args : [.. args, "--models", TestModels.Path];
        var exitCode = await root.Parse(["extract", .. withModels])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        return new ExtractOutcome(exitCode, output.ToString(), error.ToString());
    }
}
