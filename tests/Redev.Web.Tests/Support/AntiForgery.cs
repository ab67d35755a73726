using System.Text.RegularExpressions;

namespace Redev.Web.Tests.Support;

/// <summary>The anti-forgery token a page's form carries, which a post without a browser must send back.</summary>
public static partial class AntiForgery
{
    /// <summary>The form's token in <paramref name="html"/>, or "" when the page has no form.</summary>
    public static string TokenIn(string html) => Token().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
