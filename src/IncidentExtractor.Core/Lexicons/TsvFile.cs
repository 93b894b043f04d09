using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Core.Lexicons;

/// <summary>
/// Reads the project's tab-separated lexicon files: <c>#</c> comment lines, one header row, then one
/// row per entry. Every problem is reported as a <see cref="ModelLoadException"/> naming file and line.
/// </summary>
public static class TsvFile
{
    public static IEnumerable<TsvRow> Read(string path, IReadOnlyList<string> requiredColumns)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"{path}: file not found");
        }

        return ReadRows(path, requiredColumns);
    }

    private static IEnumerable<TsvRow> ReadRows(string path, IReadOnlyList<string> requiredColumns)
    {
        string[]? header = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                foreach (var column in requiredColumns)
                {
                    if (Array.IndexOf(header, column) < 0)
                    {
                        throw new ModelLoadException($"{path}:{lineNumber}: header lacks column '{column}'");
                    }
                }

                continue;
            }

            if (cells.Length > header.Length)
            {
                throw new ModelLoadException($"{path}:{lineNumber}: {cells.Length} cells but the header has {header.Length}");
            }

            yield return new TsvRow(path, lineNumber, header, cells);
        }

        if (header is null)
        {
            throw new ModelLoadException($"{path}: no header row");
        }
    }
}

/// <summary>One row of a lexicon file; missing trailing cells read as empty.</summary>
public sealed class TsvRow(string path, int line, string[] header, string[] cells)
{
    public string this[string column]
    {
        get
        {
            var i = Array.IndexOf(header, column);
            return i >= 0 && i < cells.Length ? cells[i].Trim() : string.Empty;
        }
    }

    public ModelLoadException Error(string message) => new($"{path}:{line}: {message}");
}
