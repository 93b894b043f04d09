using System.Text;

namespace IncidentExtractor.Core.Lexicons;

/// <summary>
/// How gazetteer names and article text are cut into comparable words. A word is a run of letters
/// and digits, ASCII-folded (diacritics dropped) and lower-cased; an apostrophe inside a word joins
/// (Jama'at = Jamaat) except before a final possessive s (Karachi's = Karachi). Every other
/// character separates words, so "D.I. Khan" = "D I Khan" and "Khyber-Pakhtunkhwa" = "Khyber
/// Pakhtunkhwa". tools/gazetteer/build_gazetteer.py applies the same rules when it builds the data.
/// </summary>
internal static class GazetteerText
{
    // Base letters of U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and -B); a space
    // marks a character that is not a letter.
    private const string LatinFold =
        "aaaaaaaceeeeiiii nooooo ouuuuy saaaaaaaceeeeiiiidnooooo ouuuuyty"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        + "lllnnnnnn  noooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
        + "bb     cc ddd     fg   ikkl  nn oo  pp     ttttuu vyyzz         "
        + "    dddlllnnnaaiioouuuuuuuuuu aaaa    ggkkoooo  jdddgg  nnaa    "
        + "aaaaeeeeiiiioooorrrruuuusstt  hh d    aaeeooooooooyylntj  acclts"
        + "z  bu eejjqqrryy";

    // Base letters of U+1E00..U+1EFF (Latin Extended Additional: the dotted ḍ, ṭ, ṣ, ḥ of
    // transliterated South Asian names).
    private const string LatinAdditionalFold =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        + "wwwwwwwwwwxxxxyyzzzzzzhtwyas    aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy      ";

    /// <summary>The folded lower-case ASCII letter or digit for <paramref name="c"/>, or '\0' when
    /// <paramref name="c"/> is not part of a word.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                return c;
            }

            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : '\0';
        }

        char folded = c switch
        {
            >= '\u00C0' and <= '\u024F' => LatinFold[c - 0xC0],
            >= '\u1E00' and <= '\u1EFF' => LatinAdditionalFold[c - 0x1E00],
            _ => ' ',
        };
        return folded == ' ' ? '\0' : folded;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4';

    /// <summary>Separators that may sit inside one multi-word name: spaces, dots, hyphens,
    /// ampersands. A comma, bracket or colon ends a name.</summary>
    public static bool JoinsWords(char c) =>
        char.IsWhiteSpace(c) || c is '.' or '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '&' || IsApostrophe(c);

    /// <summary>True when the apostrophe at <paramref name="index"/> starts a possessive 's that
    /// ends the word.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length
        && text[index + 1] is 's' or 'S'
        && (index + 2 == text.Length || Fold(text[index + 2]) == '\0');

    /// <summary>The words of a name, folded and joined by single spaces ("" when it has none).</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool inWord = false;
        for (int i = 0; i < name.Length; i++)
        {
            char folded = Fold(name[i]);
            if (folded != '\0')
            {
                if (!inWord && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(folded);
                inWord = true;
            }
            else if (!(inWord && IsApostrophe(name[i]) && i + 1 < name.Length && Fold(name[i + 1]) != '\0'))
            {
                inWord = false;
            }
        }

        return builder.ToString();
    }
}
