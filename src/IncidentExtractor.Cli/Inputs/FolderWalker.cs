namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Walks a folder depth-first, entries sorted by name (ordinal) at each level, so the order never
/// depends on how the file system lists them. Follows symbolic links, but a link back to a folder
/// it is already inside is reported instead of followed. Unreadable sub-folders, broken links and
/// loops are reported as entries with an error; the walk goes on.
/// </summary>
internal static class FolderWalker
{
    // Deeper than any real archive; stops a chain of links to ever-new folders.
    private const int MaxDepth = 64;

    public static IEnumerable<FolderEntry> Walk(string root, IncludeFilter filter)
    {
        var rootReal = RealPath(new DirectoryInfo(root)) ?? Path.GetFullPath(root);
        return WalkFolder(new DirectoryInfo(root), relative: string.Empty, [rootReal], filter);
    }

    private static IEnumerable<FolderEntry> WalkFolder(DirectoryInfo folder, string relative, List<string> ancestors, IncludeFilter filter)
    {
        FileSystemInfo[] entries;
        string? error = null;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception ex) when (FileLoader.Describe(ex) is { } message)
        {
            entries = [];
            error = message;
        }

        if (error is not null)
        {
            yield return new FolderEntry(relative.Length == 0 ? "." : relative, folder.FullName, error);
            yield break;
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            foreach (var found in Visit(entry, path, ancestors, filter))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<FolderEntry> Visit(FileSystemInfo entry, string path, List<string> ancestors, IncludeFilter filter)
    {
        var target = entry;
        if (entry.LinkTarget is not null)
        {
            var (resolved, linkError) = Resolve(entry);
            if (resolved is null)
            {
                if (linkError == InputMessages.SymlinkLoop || filter.Includes(path))
                {
                    yield return new FolderEntry(path, entry.FullName, linkError);
                }

                yield break;
            }

            target = resolved;
        }

        if (target is DirectoryInfo directory)
        {
            var real = entry.LinkTarget is null ? Path.Combine(ancestors[^1], entry.Name) : directory.FullName;
            if (ancestors.Exists(a => IsSameFolder(a, real)))
            {
                yield return new FolderEntry(path, entry.FullName, InputMessages.SymlinkLoop);
                yield break;
            }

            if (ancestors.Count >= MaxDepth)
            {
                yield return new FolderEntry(path, entry.FullName, InputMessages.TooDeep);
                yield break;
            }

            ancestors.Add(real);
            foreach (var found in WalkFolder(new DirectoryInfo(entry.FullName), path, ancestors, filter))
            {
                yield return found;
            }

            ancestors.RemoveAt(ancestors.Count - 1);
        }
        else if (filter.Includes(path))
        {
            yield return new FolderEntry(path, entry.FullName, null);
        }
    }

    /// <summary>The final target of a link, or why it has none (dangling, or a cycle of links).</summary>
    private static (FileSystemInfo? Target, string? Error) Resolve(FileSystemInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? (target, null) : (null, InputMessages.BrokenLink);
        }
        catch (IOException)
        {
            // The operating system refuses to resolve a cycle of links (too many levels).
            return (null, InputMessages.SymlinkLoop);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, InputMessages.PermissionDenied);
        }
    }

    private static string? RealPath(DirectoryInfo folder)
    {
        try
        {
            return folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // A link to a folder the walk is already inside would make it go round for ever.
    private static bool IsSameFolder(string ancestor, string candidate) =>
        string.Equals(Path.TrimEndingDirectorySeparator(ancestor), Path.TrimEndingDirectorySeparator(candidate), StringComparison.Ordinal);
}
