namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// The error texts written into records for inputs that cannot be read. They are part of the
/// output users filter on, so they stay short and stable.
/// </summary>
internal static class InputMessages
{
    public const string NotFound = "not found";
    public const string Binary = "binary file";
    public const string Empty = "empty";
    public const string PermissionDenied = "permission denied";
    public const string Vanished = "vanished before it could be read";
    public const string SymlinkLoop = "symlink loop";
    public const string BrokenLink = "broken symbolic link";
    public const string TooDeep = "folder nesting too deep";

    public static string TooLarge(long maxBytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"too large (over {maxBytes:N0} bytes; see --max-bytes)");

    public static string Unreadable(string reason) => $"could not be read: {reason}";
}
