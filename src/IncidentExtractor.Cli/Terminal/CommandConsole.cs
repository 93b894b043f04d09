using System.CommandLine;
using System.Text;

namespace IncidentExtractor.Cli.Terminal;

/// <summary>
/// Where a command reads and writes: data on <see cref="Out"/>, messages on <see cref="Error"/>,
/// and whether the error stream is a terminal (progress goes only there) that may show colour.
/// Tests build one from string writers; <see cref="FromInvocation"/> builds the real one.
/// </summary>
internal sealed record CommandConsole(Func<TextReader> In, TextWriter Out, TextWriter Error, bool ErrorIsTerminal, bool ColourAllowed)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The console of a parsed invocation. When it is the process's own, data goes through a
    /// buffered UTF-8 writer on the raw standard output (the console writer flushes on every
    /// write and follows the locale's encoding) and standard input is read as UTF-8.
    /// </summary>
    public static CommandConsole FromInvocation(InvocationConfiguration configuration, Func<TextReader>? standardInput)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var isProcessOut = ReferenceEquals(configuration.Output, Console.Out);
        var isProcessError = ReferenceEquals(configuration.Error, Console.Error);
        var output = isProcessOut
            ? new StreamWriter(Console.OpenStandardOutput(), Utf8, bufferSize: 64 * 1024) { AutoFlush = false }
            : configuration.Output;
        return new CommandConsole(
            standardInput ?? (() => new StreamReader(Console.OpenStandardInput(), Utf8, detectEncodingFromByteOrderMarks: true)),
            output,
            configuration.Error,
            ErrorIsTerminal: isProcessError && !Console.IsErrorRedirected,
            ColourAllowed: ColourWanted(Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")));
    }

    /// <summary>Colour unless NO_COLOR is set to anything (no-color.org) or the terminal says it cannot.</summary>
    public static bool ColourWanted(string? noColor, string? term) =>
        string.IsNullOrEmpty(noColor) && !string.Equals(term, "dumb", StringComparison.Ordinal);
}
