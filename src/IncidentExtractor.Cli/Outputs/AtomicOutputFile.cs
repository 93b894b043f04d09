using System.Security.Cryptography;
using System.Text;

namespace IncidentExtractor.Cli.Outputs;

/// <summary>
/// An output file that appears complete or not at all: text goes to a temporary file beside the
/// target, which <see cref="Commit"/> renames over it. Disposing without committing (an error, a
/// cancelled run) deletes the temporary file and leaves any previous file untouched. The
/// temporary file is also removed if the process exits first (Ctrl+C while a slow article runs).
/// </summary>
internal sealed class AtomicOutputFile : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly string _target;
    private readonly string _temporary;
    private readonly StreamWriter _writer;
    private bool _done;

    private AtomicOutputFile(string target, string temporary, StreamWriter writer)
    {
        _target = target;
        _temporary = temporary;
        _writer = writer;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>UTF-8 without a byte-order mark.</summary>
    public TextWriter Writer => _writer;

    public string TemporaryPath => _temporary;

    /// <exception cref="IOException">The folder does not exist or cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static AtomicOutputFile Create(string path)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? ".";
        // Hidden, and named after the target so a leftover (after a power cut) is easy to recognise.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        return new AtomicOutputFile(target, temporary, new StreamWriter(stream, Utf8));
    }

    /// <summary>Writes out what is buffered and moves the file into place, replacing any previous one.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _writer.Flush();
        _writer.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        Finish();
    }

    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        try
        {
            _writer.Dispose();
        }
        catch (IOException)
        {
            // The write that failed (a full disk) is reported by the caller; the file goes anyway.
        }

        DeleteTemporary();
        Finish();
    }

    private void Finish()
    {
        _done = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
    }

    private void OnProcessExit(object? sender, EventArgs e) => DeleteTemporary();

    private void DeleteTemporary()
    {
        try
        {
            File.Delete(_temporary);
        }
        catch (IOException)
        {
            // Best effort: the file is hidden and named after the target, so it is recognisable.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
