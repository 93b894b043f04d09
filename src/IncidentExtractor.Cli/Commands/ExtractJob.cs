using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Cli.Outputs;
using IncidentExtractor.Cli.Terminal;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Commands;

/// <summary>
/// One run of <c>extract</c>: loads the pipeline, streams records to the output as they are
/// ready, reports failed inputs, and decides the exit code.
/// </summary>
internal sealed class ExtractJob(ExtractSettings settings, CommandConsole console)
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int Interrupted = 130;

    public int Run(CancellationToken cancellationToken)
    {
        var reporter = new RunReporter(console, settings.Quiet);
        IncidentPipeline pipeline;
        try
        {
            pipeline = IncidentPipeline.Load(settings.ModelsDirectory);
        }
        catch (Exception ex) when (ex is ModelLoadException or IOException or UnauthorizedAccessException)
        {
            reporter.Fatal($"cannot load models from {settings.ModelsDirectory}: {ex.Message}");
            return ExtractCommand.UsageError;
        }

        AtomicOutputFile? file = null;
        if (settings.OutputPath is { } path)
        {
            try
            {
                file = AtomicOutputFile.Create(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                reporter.Fatal($"cannot write {path}: {ex.Message}");
                return ExtractCommand.UsageError;
            }
        }

        using (file)
        {
            try
            {
                var exitCode = Write(pipeline, file?.Writer ?? console.Out, flushEachRecord: file is null, reporter, cancellationToken);
                file?.Commit();
                return exitCode;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                reporter.Fatal(file is null ? "interrupted" : $"interrupted; {settings.OutputPath} was not changed");
                return Interrupted;
            }
            catch (IOException ex)
            {
                // Reading problems are error records by now, so this is the output failing (a full disk, a closed pipe).
                reporter.Fatal($"cannot write {settings.OutputPath ?? "the output"}: {ex.Message}");
                return SomeInputsFailed;
            }
        }
    }

    private int Write(IncidentPipeline pipeline, TextWriter output, bool flushEachRecord, RunReporter reporter, CancellationToken cancellationToken)
    {
        var items = InputCatalog.Enumerate(settings.Inputs, settings.InputOptions, StandardInput());
        var records = ExtractionRunner.Run(items, pipeline.Extract, settings.Jobs, OnInternalError(reporter), cancellationToken);
        var total = 0;
        var failed = 0;
        using (var writer = RecordWriter.Create(settings.OutputFormat, output, settings.NeutraliseFormulas))
        {
            foreach (var record in records)
            {
                writer.Write(record);
                if (flushEachRecord)
                {
                    // A reader at the other end of a pipe gets each record as soon as it exists.
                    output.Flush();
                }

                total++;
                if (record.Status == RecordStatus.Error)
                {
                    failed++;
                    reporter.InputFailed(record.Source, record.Error ?? "error");
                }

                reporter.Progress(total, failed);
            }

            cancellationToken.ThrowIfCancellationRequested();
            writer.Complete();
        }

        output.Flush();
        reporter.Finish(total, failed);
        return failed > 0 ? SomeInputsFailed : Success;
    }

    private TextReader StandardInput()
    {
        // Opened only when an INPUT is "-": a run over files must not touch (or wait on) standard input.
        return settings.Inputs.Contains("-") ? console.In() : TextReader.Null;
    }

    private Action<InputItem, Exception>? OnInternalError(RunReporter reporter) =>
        settings.Verbose ? (item, ex) => reporter.Detail($"{RunReporter.Program}: {item.Source}: {ex}") : null;
}
