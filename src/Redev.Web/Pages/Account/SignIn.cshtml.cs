using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.Web.Accounts;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Account;

/// <summary>Sign-in with user name and password; repeated failures lock the account for a while.</summary>
public sealed class SignInModel(SignInService signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var attempt = await signIn.CheckAsync(UserName ?? "", Password ?? "", ct);
        if (attempt.User is not { } user)
        {
            Error = attempt.Outcome == SignInOutcome.LockedOut
                ? l["LockedOut", Display.When(attempt.LockedUntil!.Value, l["HKT"])]
                : l["WrongPassword"];
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SignInService.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Schemes");
    }
}
