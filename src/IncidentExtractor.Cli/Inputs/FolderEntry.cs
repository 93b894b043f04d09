namespace IncidentExtractor.Cli.Inputs;

/// <summary>A file found in a folder (its full path), or a part of the folder that could not be walked.</summary>
internal readonly record struct FolderEntry(string RelativePath, string FullPath, string? Error);
