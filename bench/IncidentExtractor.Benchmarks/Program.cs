using BenchmarkDotNet.Running;

namespace IncidentExtractor.Benchmarks;

/// <summary>
/// <c>per-article</c> runs the quick Stopwatch harness; anything else goes to BenchmarkDotNet
/// (for example <c>--filter '*' --job short</c>).
/// </summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["per-article"])
        {
            PerArticleTimer.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
