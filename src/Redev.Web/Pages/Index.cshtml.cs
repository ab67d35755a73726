using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Redev.Web.Pages;

/// <summary>
/// The public front page: what a redevelopment fund is, what an owner gives and gets, the risk and the URA's part,
/// in plain words and both languages, so an owner can understand the idea before anyone gives them an account.
/// </summary>
public sealed class IndexModel : PageModel
{
    /// <summary>A signed-in reader is sent on to their schemes; anyone else to sign in.</summary>
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public void OnGet()
    {
    }
}
