using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Commands;

/// <summary>Runs the pipeline over discovered inputs and yields records in input order.</summary>
internal static class ExtractionRunner
{
    public static IEnumerable<IncidentRecord> Run(
        IEnumerable<InputItem> items, IncidentPipeline pipeline, int jobs, CancellationToken cancellationToken)
    {
        // Minimal first version: sequential. Parallel, ordered, streaming comes with the extract command.
        _ = jobs;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item.Article is null
                ? IncidentRecord.ForError(item.Source, item.Error ?? "unreadable")
                : pipeline.Extract(item.Article, cancellationToken);
        }
    }
}
