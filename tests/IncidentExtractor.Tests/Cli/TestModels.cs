using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Tests.Cli;

/// <summary>
/// The models folder the command tests run with: the one the build copies beside the program,
/// which is what a user's run loads by default.
/// </summary>
internal static class TestModels
{
    private static readonly Lazy<IncidentPipeline> LoadedPipeline = new(() => IncidentPipeline.Load(Path));

    public static string Path => IncidentPipeline.DefaultModelsDirectory;

    public static IncidentPipeline Pipeline => LoadedPipeline.Value;
}
