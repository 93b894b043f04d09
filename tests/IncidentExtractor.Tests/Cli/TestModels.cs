using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Tests.Cli;

/// <summary>
/// The models folder for command tests: the one shipped beside the program when the build copied
/// it, else an empty folder (enough while the pipeline only checks that the folder exists).
/// </summary>
internal static class TestModels
{
    private static readonly Lazy<string> Folder = new(() =>
        Directory.Exists(IncidentPipeline.DefaultModelsDirectory)
            ? IncidentPipeline.DefaultModelsDirectory
            : Directory.CreateTempSubdirectory("incident-extractor-models-").FullName);

    private static readonly Lazy<IncidentPipeline> LoadedPipeline = new(() => IncidentPipeline.Load(Folder.Value));

    public static string Path => Folder.Value;

    public static IncidentPipeline Pipeline => LoadedPipeline.Value;
}
