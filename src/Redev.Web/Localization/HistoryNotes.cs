using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Redev.Schemes;

namespace Redev.Web.Localization;

/// <summary>
/// A note of a scheme's history as a reader reads it: one Redev wrote itself (<see cref="KnownNotes"/>: closing's,
/// the demo's story) in the page's language; a convener's own note as typed, marked so that no one translates it.
/// </summary>
public static class HistoryNotes
{
    public static IHtmlContent Html(IStringLocalizer l, string note)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(note);
        return KnownNotes.Of(note) is { } known
            ? new HtmlContentBuilder().Append(Texts.OrData(l, "KnownNote_" + known.Code, note))
            : DataText.Span(note);
    }
}
