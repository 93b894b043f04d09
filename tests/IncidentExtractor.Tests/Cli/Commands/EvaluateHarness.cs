using System.CommandLine;
using System.Text.Json;
using IncidentExtractor.Cli;
using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Tests.Cli.Commands;

/// <summary>
/// Runs <c>evaluate</c> in-process with captured output, in a temp folder of labels, articles and
/// predictions written by the test (deleted afterwards).
/// </summary>
internal sealed class EvaluateHarness : IDisposable
{
    private static readonly Lazy<string> Models = new(() => Directory.Exists(IncidentPipeline.DefaultModelsDirectory)
        ? IncidentPipeline.DefaultModelsDirectory
        : Directory.CreateTempSubdirectory("incident-extractor-models-").FullName);

    public EvaluateHarness()
    {
        Folder = Directory.CreateTempSubdirectory("incident-extractor-evaluate-").FullName;
    }

    public string Folder { get; }

    /// <summary>The shipped models folder when the build copied it, else an empty one (enough for the stub pipeline).</summary>
    public static string ModelsFolder => Models.Value;

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public static async Task<EvaluateResult> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var code = await Program.BuildRootCommand().Parse(["evaluate", .. args]).InvokeAsync(configuration);
        return new EvaluateResult(code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

internal sealed record EvaluateResult(int Code, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;
}
