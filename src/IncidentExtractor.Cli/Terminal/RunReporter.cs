using System.Diagnostics;
using System.Globalization;

namespace IncidentExtractor.Cli.Terminal;

/// <summary>
/// Everything a run says on the error stream: one line per failed input
/// (<c>incident-extractor: path: message</c>), a progress line redrawn in place when the stream
/// is a terminal, and a closing summary when inputs failed. Safe to call from several threads.
/// </summary>
internal sealed class RunReporter
{
    public const string Program = "incident-extractor";

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly bool _progress;
    private readonly bool _colour;
    private readonly bool _quiet;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _nextProgress = TimeSpan.Zero;
    private bool _progressShown;

    public RunReporter(CommandConsole console, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(console);
        _error = console.Error;
        _quiet = quiet;
        _progress = console.ErrorIsTerminal && !quiet;
        _colour = console.ColourAllowed && console.ErrorIsTerminal;
    }

    /// <summary>A message about the whole run (not one input); never silenced by --quiet.</summary>
    public void Fatal(string message)
    {
        lock (_lock)
        {
            ClearProgress();
            _error.WriteLine($"{Program}: {OneLine(message)}");
            _error.Flush();
        }
    }

    /// <summary>An input that gave an error record. Silenced by --quiet; the summary still counts it.</summary>
    public void InputFailed(string source, string message)
    {
        if (_quiet)
        {
            return;
        }

        lock (_lock)
        {
            ClearProgress();
            _error.WriteLine($"{Program}: {OneLine(source)}: {OneLine(message)}");
        }
    }

    /// <summary>Details for --verbose (a stack trace), written as they are.</summary>
    public void Detail(string text)
    {
        lock (_lock)
        {
            ClearProgress();
            _error.WriteLine(text);
        }
    }

    public void Progress(int done, int failed)
    {
        if (!_progress)
        {
            return;
        }

        lock (_lock)
        {
            var now = _clock.Elapsed;
            if (now < _nextProgress)
            {
                return;
            }

            _nextProgress = now + ProgressInterval;
            var rate = done / Math.Max(now.TotalSeconds, 0.001);
            var errors = string.Create(CultureInfo.InvariantCulture, $"{failed:N0} failed");
            if (_colour && failed > 0)
            {
                errors = "\u001b[31m" + errors + "\u001b[0m";
            }

            _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[2K{done:N0} articles, {rate:N1}/s, {errors}"));
            _error.Flush();
            _progressShown = true;
        }
    }

    /// <summary>Ends the run: removes the progress line and, when inputs failed, says how many.</summary>
    public void Finish(int total, int failed)
    {
        lock (_lock)
        {
            ClearProgress();
            if (failed > 0)
            {
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Program}: {failed:N0} of {total:N0} inputs failed"));
            }

            _error.Flush();
        }
    }

    private void ClearProgress()
    {
        if (_progressShown)
        {
            _error.Write("\r\u001b[2K");
            _progressShown = false;
        }
    }

    // One line per message: a file name or exception text with line breaks must not forge extra lines.
    private static string OneLine(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
