using System.Text;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> but never holds more than a set number of
/// characters: a longer line is skipped to its end and reported as too long, so one hostile row
/// cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, long maxChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;

    public int LineNumber { get; private set; }

    /// <summary>False at the end of input. <paramref name="line"/> is null when the line was longer than the limit.</summary>
    public bool TryReadLine(out string? line)
    {
        line = null;
        var builder = new StringBuilder();
        var tooLong = false;
        var sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    if (!sawAny)
                    {
                        return false;
                    }

                    break;
                }
            }

            sawAny = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny('\n', '\r');
            var take = end < 0 ? span.Length : end;
            if (!tooLong)
            {
                if (builder.Length + (long)take > maxChars)
                {
                    tooLong = true;
                    builder.Clear();
                }
                else
                {
                    builder.Append(span[..take]);
                }
            }

            _position += take;
            if (end >= 0)
            {
                var newline = _buffer[_position];
                _position++;
                if (newline == '\r')
                {
                    SkipLineFeed();
                }

                break;
            }
        }

        LineNumber++;
        line = tooLong ? null : builder.ToString();
        return true;
    }

    private void SkipLineFeed()
    {
        if (_position == _length)
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
        }

        if (_position < _length && _buffer[_position] == '\n')
        {
            _position++;
        }
    }
}
