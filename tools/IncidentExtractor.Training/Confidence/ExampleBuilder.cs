using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Evaluation;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.Assembly;

namespace IncidentExtractor.Training.Confidence;

/// <summary>
/// Runs the pipeline on the articles of a gold file and turns each labelled incident into an
/// example. Only records that are incidents both in the gold and in the extraction count: the
/// confidence of a record with status ok is what the weights set.
/// </summary>
internal sealed class ExampleBuilder(IncidentPipeline pipeline, RecordJudge judge)
{
    private static readonly long MaxBytes = new InputOptions().MaxBytes;

    public LabelledRecords Build(IReadOnlyList<IncidentRecord> gold, string articlesFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(articlesFolder);
        var examples = new List<ConfidenceExample>();
        int goldNotOk = 0, withoutArticle = 0, unreadable = 0, extractedNotOk = 0;
        foreach (var record in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (record.Status != RecordStatus.Ok)
            {
                goldNotOk++;
                continue;
            }

            var path = Path.Combine(articlesFolder, RecordScorer.SourceKey(record.Source));
            if (!File.Exists(path))
            {
                withoutArticle++;
                continue;
            }

            // Read as extract and evaluate read a file (decoding, web pages), so the features are
            // those the shipped program computes for the same file.
            var item = ArticleFactory.FromBytes(record.Source, FileLoader.Load(path, MaxBytes), HtmlArticle.HasHtmlExtension(path), published: null);
            if (item.Article is null)
            {
                unreadable++;
                continue;
            }

            var findings = pipeline.Analyze(item.Article, cancellationToken);
            var extracted = pipeline.Extract(item.Article, cancellationToken);
            if (extracted.Status != RecordStatus.Ok)
            {
                extractedNotOk++;
                continue;
            }

            examples.Add(new ConfidenceExample(ConfidenceEstimator.Features(findings), judge.IsRight(record, extracted)));
        }

        return new LabelledRecords(examples, goldNotOk, withoutArticle, unreadable, extractedNotOk);
    }
}
