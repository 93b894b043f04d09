namespace IncidentExtractor.Cli.Inputs;

/// <summary>Turns the command line's INPUT arguments into articles, lazily and in a stable order.</summary>
internal static class InputCatalog
{
    /// <summary>The source name of standard input (and, with a line number, of its JSON Lines rows).</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>
    /// Files, folders (recursive, sorted) or "-" for standard input, in the order given. Never throws
    /// for a bad input: such an input yields an item with <see cref="InputItem.Error"/> set. Files are
    /// read one at a time as the sequence is enumerated, so memory does not grow with the batch.
    /// </summary>
    public static IEnumerable<InputItem> Enumerate(IReadOnlyList<string> inputs, InputOptions options, TextReader standardInput)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(standardInput);
        var filter = new IncludeFilter(options.Includes);
        foreach (var input in inputs)
        {
            var items = input == "-" ? FromStandardInput(standardInput, options)
                : Directory.Exists(input) ? FromFolder(input, filter, options)
                : File.Exists(input) ? FromFile(input, input, options)
                : [new InputItem(input, null, InputMessages.NotFound)];
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<InputItem> FromFolder(string folder, IncludeFilter filter, InputOptions options)
    {
        foreach (var entry in FolderWalker.Walk(folder, filter))
        {
            if (entry.Error is not null)
            {
                yield return new InputItem(entry.RelativePath, null, entry.Error);
                continue;
            }

            foreach (var item in FromFile(entry.FullPath, entry.RelativePath, options))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<InputItem> FromFile(string path, string source, InputOptions options)
    {
        if (options.Format == InputFormat.Text)
        {
            return [ArticleFactory.FromBytes(source, FileLoader.Load(path, options.MaxBytes), HtmlArticle.HasHtmlExtension(path), options.Published)];
        }

        return FromJsonLinesFile(path, source, options);
    }

    private static IEnumerable<InputItem> FromJsonLinesFile(string path, string source, InputOptions options)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(FileLoader.Open(path), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (FileLoader.Describe(ex) is { } message)
        {
            return [new InputItem(source, null, message)];
        }

        return ReadAndClose(reader, source, options);
    }

    private static IEnumerable<InputItem> ReadAndClose(StreamReader reader, string source, InputOptions options)
    {
        using (reader)
        {
            using var rows = Guard(JsonLinesArticles.Read(reader, source, options), source).GetEnumerator();
            while (rows.MoveNext())
            {
                yield return rows.Current;
            }
        }
    }

    private static IEnumerable<InputItem> FromStandardInput(TextReader standardInput, InputOptions options)
    {
        if (options.Format == InputFormat.Jsonl)
        {
            return Guard(JsonLinesArticles.Read(standardInput, StandardInputName, options), StandardInputName);
        }

        var text = ReadBounded(standardInput, options.MaxBytes);
        return [text is null
            ? new InputItem(StandardInputName, null, InputMessages.TooLarge(options.MaxBytes))
            : ArticleFactory.FromText(StandardInputName, text, htmlByName: false, options.Published, title: null)];
    }

    /// <summary>A read error in the middle of a batch file ends that file with one error item instead of an exception.</summary>
    private static IEnumerable<InputItem> Guard(IEnumerable<InputItem> rows, string source)
    {
        using var enumerator = rows.GetEnumerator();
        while (true)
        {
            InputItem? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (FileLoader.Describe(ex) is { } message)
            {
                failure = new InputItem(source, null, message);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static string? ReadBounded(TextReader reader, long maxChars)
    {
        var builder = new System.Text.StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (builder.Length + (long)read > maxChars)
            {
                return null;
            }

            builder.Append(buffer, 0, read);
        }

        return builder.ToString();
    }
}
