using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Tests.Lexicons;

/// <summary>The repository's models folder, found by walking up from the test binaries to the
/// folder that holds IncidentExtractor.sln, and the gazetteer loaded from it once.</summary>
internal static class ModelsFolder
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => Gazetteer.Load(GazetteerDirectory));

    public static string GazetteerDirectory => Path.Combine(RepositoryRoot(), "models", "gazetteer");

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IncidentExtractor.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no IncidentExtractor.sln above {AppContext.BaseDirectory}");
    }
}
