using System.Net;
using System.Text.RegularExpressions;

namespace Redev.Web.Tests.Pages;

/// <summary>
/// The text a reader meets on a server-rendered page: element text and the attributes that are shown or
/// read aloud (title, aria-label, placeholder, alt, a button's value). Scripts and styles are not text;
/// an element marked <c>lang="en"</c> is English on purpose (the language switch), <c>&lt;code&gt;</c>
/// holds identifiers quoted verbatim (a column name, a scheme id), and an element marked <c>translate="no"</c>
/// holds someone's own text from the data (a convener's note, a milestone's name, a market file's source),
/// so none of them is counted.
/// </summary>
public static partial class VisibleText
{
    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = Hidden().Replace(html, " ");
        body = EnglishOnPurpose().Replace(body, " ");
        body = Code().Replace(body, " ");
        body = Untranslated().Replace(body, " ");
        var attributes = string.Join(" ", ShownAttribute().Matches(body).Select(m => m.Groups[2].Value));
        var text = Tag().Replace(body, " ");
        return Regex.Replace(WebUtility.HtmlDecode(text + " " + WebUtility.HtmlDecode(attributes)), @"\s+", " ").Trim();
    }

    [GeneratedRegex(@"<(script|style|head)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<(a|span|p|div)\b[^>]*\blang=""en""[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOnPurpose();

    [GeneratedRegex(@"<code\b[^>]*>.*?</code>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Code();

    [GeneratedRegex(@"<([a-z0-9]+)\b[^>]*\btranslate=""no""[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Untranslated();

    [GeneratedRegex(@"\b(title|aria-label|placeholder|alt|aria-valuetext)=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ShownAttribute();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
