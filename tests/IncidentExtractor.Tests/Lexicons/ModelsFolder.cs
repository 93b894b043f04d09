using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Tests.Lexicons;

/// <summary>The repository's gazetteer folder, and the gazetteer loaded from it once.</summary>
internal static class ModelsFolder
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => Gazetteer.Load(GazetteerDirectory));

    public static string GazetteerDirectory => Path.Combine(TestModels.ModelsDirectory, "gazetteer");

    public static Gazetteer Gazetteer => LazyGazetteer.Value;
}
