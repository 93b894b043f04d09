using System.CommandLine;
using System.Text.Json;
using IncidentExtractor.Cli;

namespace IncidentExtractor.Tests.Cli.Commands;

/// <summary>
/// Runs <c>evaluate</c> in-process with captured output, in a temp folder of labels, articles and
/// predictions written by the test (deleted afterwards).
/// </summary>
internal sealed class EvaluateHarness : IDisposable
{
    private readonly TempFolder _temp = new();

    public string Folder => _temp.Path;

    /// <summary>The models folder the build copies beside the program.</summary>
    public static string ModelsFolder => TestModels.Path;

    public string Write(string relative, string text) => _temp.Write(relative, text);

    public static async Task<EvaluateResult> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var code = await Program.BuildRootCommand().Parse(["evaluate", .. args]).InvokeAsync(configuration);
        return new EvaluateResult(code, output.ToString(), error.ToString());
    }

    public void Dispose() => _temp.Dispose();
}

internal sealed record EvaluateResult(int Code, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;
}
