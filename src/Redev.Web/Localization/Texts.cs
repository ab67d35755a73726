using System.Globalization;
using Microsoft.Extensions.Localization;
using Redev.Refusals;

namespace Redev.Web.Localization;

/// <summary>Refusals in the visitor's language, from the one refusal catalogue.</summary>
public static class Texts
{
    /// <summary>In Chinese the catalogue's Chinese text (with its values); in English the refusal's own detail.</summary>
    public static string Refusal(IStringLocalizer l, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return RefusalCatalogue.Text(refusal, Chinese);
    }

    /// <summary>Whether the page is being written in Traditional Chinese.</summary>
    public static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Text that comes from data in English (the Cap. 545 table, say): its translation when the
    /// visitor's language has one under <paramref name="key"/>, else the data's own words.
    /// </summary>
    public static string? OrData(IStringLocalizer l, string key, string? english)
    {
        ArgumentNullException.ThrowIfNull(l);
        var t = l[key];
        return t.ResourceNotFound ? english : t.Value;
    }
}
