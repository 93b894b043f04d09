namespace IncidentExtractor.Cli.Inputs;

/// <summary>Turns the command line's INPUT arguments into articles, lazily and in a stable order.</summary>
internal static class InputCatalog
{
    /// <summary>
    /// Files, folders (recursive, sorted) or "-" for standard input. Never throws for a bad input:
    /// such an input yields an item with <see cref="InputItem.Error"/> set.
    /// </summary>
    public static IEnumerable<InputItem> Enumerate(IReadOnlyList<string> inputs, InputOptions options, TextReader standardInput)
    {
        // Minimal first version: plain text files and folders of *.txt.
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                yield return new InputItem("-", new Core.Documents.ArticleInput("-", standardInput.ReadToEnd(), options.Published), null);
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, options.Include, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var source = Path.GetRelativePath(input, file).Replace('\\', '/');
                    yield return new InputItem(source, new Core.Documents.ArticleInput(source, File.ReadAllText(file), options.Published), null);
                }
            }
            else if (File.Exists(input))
            {
                var source = Path.GetFileName(input);
                yield return new InputItem(source, new Core.Documents.ArticleInput(source, File.ReadAllText(input), options.Published), null);
            }
            else
            {
                yield return new InputItem(input, null, "not found");
            }
        }
    }
}
