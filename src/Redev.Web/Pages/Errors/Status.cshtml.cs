using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Redev.Web.Pages.Errors;

/// <summary>
/// The page for an error status (403, 404, 500 and the rest), reached by re-execution from
/// <see cref="Hosting.ErrorPages"/>; the original status is kept so tools see it too. Antiforgery is
/// not checked here: a refused form post is re-executed to this page and must still be answered.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>The status being explained; anything without its own text is told as "something went wrong".</summary>
    public int Code { get; private set; }

    /// <summary>The resource key's suffix for the texts of <see cref="Code"/>.</summary>
    public string Kind => Code switch
    {
        403 => "403",
        404 => "404",
        >= 400 and < 500 => "400",
        _ => "500",
    };

    public IActionResult OnGet(int code) => Answer(code);

    public IActionResult OnPost(int code) => Answer(code);

    private PageResult Answer(int code)
    {
        // Someone typing /Error/200 gets the generic page with a real error status, never a 200.
        Code = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        return Page();
    }
}
