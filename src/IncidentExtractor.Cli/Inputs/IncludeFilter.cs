using Microsoft.Extensions.FileSystemGlobbing;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Decides which files inside a folder are inputs. Patterns are globs relative to the folder
/// given; one without '/' (such as <c>*.txt</c>) matches a file name at any depth, which is what
/// "all text files in this folder" means to a user. Case-insensitive, so <c>A.TXT</c> is taken too.
/// </summary>
internal sealed class IncludeFilter
{
    private readonly Matcher _matcher = new(StringComparison.OrdinalIgnoreCase);

    public IncludeFilter(IReadOnlyList<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            var normalised = pattern.Replace('\\', '/');
            _matcher.AddInclude(normalised.Contains('/', StringComparison.Ordinal) ? normalised : "**/" + normalised);
        }
    }

    /// <summary>True when the file at this folder-relative path (forward slashes) is an input.</summary>
    public bool Includes(string relativePath) => _matcher.Match(relativePath).HasMatches;
}
