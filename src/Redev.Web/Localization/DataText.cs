using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Redev.Web.Localization;

/// <summary>
/// A sentence in the page's language with someone else's text inside it (a value from an uploaded file, a name a
/// user typed), where that text is marked <c>translate="no"</c>: a browser's translator leaves it alone, and the
/// Chinese-page checks can tell data from wording. Arguments wrapped in <see cref="Data"/> are marked; the others
/// are formatted as the resource's placeholders always are.
/// </summary>
public static class DataText
{
    /// <summary>Text that came from a person or a file, not from our resources.</summary>
    public readonly record struct Data(string Text);

    // Characters no resource and no sensible cell holds, to find where each piece of data lands in the sentence.
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    /// <summary>Someone's own text on its own, marked <c>translate="no"</c>.</summary>
    public static IHtmlContent Span(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Appended, not pre-encoded: the page's encoder writes it, and keeps Chinese as characters.
        return new HtmlContentBuilder().AppendHtml("<span translate=\"no\">").Append(text).AppendHtml("</span>");
    }

    public static IHtmlContent Format(IStringLocalizer l, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(args);
        var data = new List<string>();
        var slotted = new object[args.Length];
        for (var a = 0; a < args.Length; a++)
        {
            if (args[a] is Data d)
            {
                slotted[a] = Open + data.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + Close;
                data.Add(d.Text);
            }
            else
            {
                slotted[a] = args[a] ?? "";
            }
        }
        var sentence = l[key, slotted].Value;
        var html = new HtmlContentBuilder();
        var text = new StringBuilder();
        for (var i = 0; i < sentence.Length; i++)
        {
            var close = sentence[i] == Open ? sentence.IndexOf(Close, i) : -1;
            if (close < 0)
            {
                text.Append(sentence[i]);
                continue;
            }
            html.Append(text.ToString());
            text.Clear();
            var index = int.Parse(sentence.AsSpan(i + 1, close - i - 1), System.Globalization.CultureInfo.InvariantCulture);
            html.AppendHtml(Span(data[index]));
            i = close;
        }
        return html.Append(text.ToString());
    }
}
