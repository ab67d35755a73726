using Microsoft.Extensions.Localization;

namespace Redev.Web.Localization;

/// <summary>Domain refusals in the visitor's language: a translation by the refusal's code, with the exact English detail kept.</summary>
public static class Texts
{
    public static string Refusal(IStringLocalizer l, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(refusal);
        var t = l["Refusal_" + refusal.Code];
        return t.ResourceNotFound || t.Value == refusal.Message ? refusal.Message : $"{t.Value} ({refusal.Message})";
    }

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
