using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redev.Refusals;

namespace Redev.Web.Pages;

/// <summary>
/// How a page answers a refusal: a missing thing is the 404 page, a forbidden act the 403 page, anything
/// else is shown on the page in the visitor's language with the catalogue's status.
/// </summary>
public static class PageRefusals
{
    /// <summary>The page result for a refusal that ends the page, or null when the page should show it as an error.</summary>
    public static IActionResult? Stop(this PageModel page, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(refusal);
        var entry = RefusalCatalogue.For(refusal);
        switch (entry.Kind)
        {
            case RefusalKind.NotFound when refusal.Code is "no-scheme" or "no-market" or "not-found":
                return page.NotFound();
            case RefusalKind.Forbidden:
                return page.Forbid();
            default:
                page.Response.StatusCode = entry.Status;
                return null;
        }
    }
}
