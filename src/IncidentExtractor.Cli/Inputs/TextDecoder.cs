using System.Text;
using System.Text.Unicode;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Turns an input's bytes into text. A byte-order mark decides UTF-8, UTF-16 LE/BE or UTF-32 LE;
/// without one, bytes that are valid UTF-8 are UTF-8 and anything else is read as Windows-1252,
/// the usual encoding of older news archives. Never throws: malformed sequences become U+FFFD.
/// </summary>
internal static class TextDecoder
{
    // Share of control or replacement characters above which a text is treated as binary.
    private const double MaxNonTextShare = 0.3;

    // The binary test looks at the start only: enough to judge, bounded cost on a 5 MB input.
    private const int SniffLength = 64 * 1024;

    private static readonly Encoding Utf8Text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
    private static readonly Encoding Windows1252 = LoadWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Utf8Text.GetString(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            text = Utf32LittleEndian.GetString(bytes[4..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Utf16LittleEndian.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Utf16BigEndian.GetString(bytes[2..]);
        }
        else if (bytes.Contains((byte)0))
        {
            // Without a byte-order mark a NUL byte does not occur in text in any encoding we accept.
            return DecodedText.Failure(InputMessages.Binary);
        }
        else
        {
            text = Utf8.IsValid(bytes) ? Utf8Text.GetString(bytes) : Windows1252.GetString(bytes);
        }

        return Check(text);
    }

    /// <summary>Applies the same binary and emptiness checks to text that arrived already decoded.</summary>
    public static DecodedText Check(string text)
    {
        text = WellFormedText.Repair(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (LooksBinary(text))
        {
            return DecodedText.Failure(InputMessages.Binary);
        }

        return string.IsNullOrWhiteSpace(text) ? DecodedText.Failure(InputMessages.Empty) : DecodedText.Success(text);
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SniffLength));
        if (sample.Contains('\0'))
        {
            return true;
        }

        var nonText = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')))
            {
                nonText++;
            }
        }

        return sample.Length > 0 && nonText > sample.Length * MaxNonTextShare;
    }

    private static Encoding LoadWindows1252()
    {
        // Code pages other than the Unicode ones ship with .NET but must be registered before use.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
