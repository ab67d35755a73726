using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Redev.Web.Pages.Account;

/// <summary>The plain page shown for any refused access; answered with 403 so tools see the refusal too.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
