using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.Assembly;
using IncidentExtractor.Core.Stages.Casualties;
using IncidentExtractor.Core.Stages.Claims;
using IncidentExtractor.Core.Stages.Cleaning;
using IncidentExtractor.Core.Stages.Dates;
using IncidentExtractor.Core.Stages.MainIncident;
using IncidentExtractor.Core.Stages.Places;
using IncidentExtractor.Core.Stages.Roles;
using IncidentExtractor.Core.Stages.Sentences;
using IncidentExtractor.Core.Stages.Types;

namespace IncidentExtractor.Core.Pipeline;

/// <summary>
/// The extraction pipeline: article text in, one incident record out. The stages run in the order
/// written in <see cref="Extract"/>, each with one job. Built once from a models folder, then
/// shared: <see cref="Extract"/> is thread-safe and never throws on article text.
/// </summary>
public sealed class IncidentPipeline
{
    private readonly ArticleCleaner _cleaner;
    private readonly SentenceSplitter _splitter;
    private readonly MainIncidentSegmenter _segmenter;
    private readonly LocationResolver _places;
    private readonly EventDateReader _dates;
    private readonly CasualtyReader _casualties;
    private readonly CasualtyChooser _casualtyChooser;
    private readonly AttackerReader _attackers;
    private readonly TargetReader _targets;
    private readonly IncidentTypeClassifier _types;
    private readonly ClaimReader _claims;
    private readonly RecordAssembler _assembler;

    private IncidentPipeline(string modelsDirectory, IncidentLexicons lexicons, Gazetteer gazetteer, ICandidateScorer scorer, DateOnly today)
    {
        ModelsDirectory = modelsDirectory;
        Lexicons = lexicons;
        var chooser = new FieldChooser(scorer);
        _cleaner = new ArticleCleaner(lexicons.Boilerplate);
        _splitter = new SentenceSplitter(lexicons.Abbreviations);
        _segmenter = new MainIncidentSegmenter(lexicons);
        _places = new LocationResolver(gazetteer, chooser);
        _dates = new EventDateReader(today, chooser);
        _casualties = new CasualtyReader(lexicons);
        _casualtyChooser = new CasualtyChooser(chooser);
        _attackers = new AttackerReader(lexicons, chooser);
        _targets = new TargetReader(lexicons, gazetteer, chooser);
        _types = new IncidentTypeClassifier(lexicons);
        _claims = new ClaimReader(lexicons, gazetteer, chooser);
        _assembler = new RecordAssembler(new ConfidenceEstimator(scorer));
    }

    /// <summary>The folder the models were loaded from.</summary>
    public string ModelsDirectory { get; }

    /// <summary>The loaded lexicons (the scorer uses the group lexicon to compare group names).</summary>
    public IncidentLexicons Lexicons { get; }

    /// <summary>The models folder shipped beside the program.</summary>
    public static string DefaultModelsDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Loads and validates every lexicon, gazetteer and weight file under <paramref name="modelsDirectory"/>.</summary>
    /// <param name="modelsDirectory">The models folder.</param>
    /// <param name="today">The latest date an undated weekday may resolve to; defaults to today's UTC date.</param>
    /// <param name="scorer">
    /// Scores the candidates of every field; defaults to the weights in <c>weights/candidates.tsv</c>.
    /// A learned scorer, or one that records the candidates for study, plugs in here.
    /// </param>
    /// <exception cref="ModelLoadException">A file is missing or malformed; the message names file and line.</exception>
    public static IncidentPipeline Load(string modelsDirectory, DateOnly? today = null, ICandidateScorer? scorer = null)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        if (!Directory.Exists(modelsDirectory))
        {
            throw new ModelLoadException($"models folder not found: {modelsDirectory}");
        }

        var lexicons = IncidentLexicons.Load(Path.Combine(modelsDirectory, "lexicons"));
        var gazetteer = Gazetteer.Load(Path.Combine(modelsDirectory, "gazetteer"));
        scorer ??= LinearCandidateScorer.Load(Path.Combine(modelsDirectory, "weights", "candidates.tsv"));
        return new IncidentPipeline(modelsDirectory, lexicons, gazetteer, scorer, today ?? DateOnly.FromDateTime(DateTime.UtcNow));
    }

    public IncidentRecord Extract(ArticleInput article, CancellationToken cancellationToken = default) =>
        _assembler.Assemble(Analyze(article, cancellationToken));

    /// <summary>
    /// Runs every stage but the last: what each stage found, with its evidence, before it becomes
    /// a record. For debugging rules and for tools that need more than the record.
    /// </summary>
    public IncidentFindings Analyze(ArticleInput article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();

        var cleaned = _cleaner.Clean(article.Text);
        var document = new ArticleDocument(article, cleaned, _splitter.Split(cleaned));
        var sentences = _segmenter.Segment(document);

        var figures = _casualties.Read(sentences);
        var (attackers, attackerCount) = _attackers.Read(sentences);
        var counts = _casualtyChooser.Choose(figures);
        var target = _targets.Read(sentences);
        var types = _types.Classify(sentences, target, attackers, counts.Killed);
        var claims = _claims.Read(sentences);
        var date = _dates.Read(sentences, document.Published);
        var location = _places.Resolve(sentences, cleaned.Dateline);

        return new IncidentFindings(document, sentences, location, date, counts, attackers, attackerCount, target, types, claims);
    }
}
