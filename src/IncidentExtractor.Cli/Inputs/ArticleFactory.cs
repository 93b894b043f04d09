using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>Makes the input item for text that has been read: web pages reduced to their visible text, empty text refused.</summary>
internal static class ArticleFactory
{
    public static InputItem FromBytes(string source, LoadedBytes loaded, bool htmlByName, DateOnly? published)
    {
        if (loaded.Bytes is null)
        {
            return new InputItem(source, null, loaded.Error);
        }

        var decoded = TextDecoder.Decode(loaded.Bytes);
        return decoded.Text is null
            ? new InputItem(source, null, decoded.Error)
            : FromText(source, decoded.Text, htmlByName, published, title: null);
    }

    /// <summary>Text already checked by <see cref="TextDecoder"/> (or to be checked here when it came as a string).</summary>
    public static InputItem FromText(string source, string text, bool htmlByName, DateOnly? published, string? title)
    {
        var checkedText = TextDecoder.Check(text);
        if (checkedText.Text is null)
        {
            return new InputItem(source, null, checkedText.Error);
        }

        text = checkedText.Text;
        if (htmlByName || HtmlArticle.LooksLikeHtml(text))
        {
            var (visible, pageTitle) = HtmlArticle.Extract(text);
            if (string.IsNullOrWhiteSpace(visible))
            {
                return new InputItem(source, null, InputMessages.Empty);
            }

            text = visible;
            title ??= pageTitle;
        }

        return new InputItem(source, new ArticleInput(source, text, published, title), null);
    }
}
