using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Redev.Building;

namespace Redev.Web.Localization;

/// <summary>
/// A milestone's name as a reader reads it: a standard stage (<see cref="StandardMilestones"/>) in the page's
/// language, any other name as the terms write it — the convener's own text, marked so that no one translates it.
/// </summary>
public static class MilestoneNames
{
    /// <summary>The name to write inside a sentence (a heading, a message).</summary>
    public static string Show(IStringLocalizer l, string name)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(name);
        return StandardMilestones.Of(name) is { } m ? Texts.OrData(l, "StandardMilestone_" + m.Code, name)! : name;
    }

    /// <summary>The name as the content of a table cell: the convener's own text is marked <c>translate="no"</c>.</summary>
    public static IHtmlContent Html(IStringLocalizer l, string name)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(name);
        return StandardMilestones.Of(name) is null ? DataText.Span(name) : new HtmlContentBuilder().Append(Show(l, name));
    }

    /// <summary>
    /// The name a person typed, read back: a standard stage typed in the page's language (入伙紙) is the stage's own
    /// name (Occupation permit), so a schedule shown in Chinese and sent back unchanged stores what it showed.
    /// </summary>
    public static string Read(IStringLocalizer l, string typed)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(typed);
        var t = typed.Trim();
        return StandardMilestones.All.FirstOrDefault(m => string.Equals(Show(l, m.Name), t, StringComparison.Ordinal))?.Name ?? typed;
    }
}
