using System.Security.Claims;
using Redev.App;

namespace Redev.Web.Hosting;

/// <summary>The signed-in user as the application layer's <see cref="Caller"/>: the only identity a use case sees.</summary>
public static class Callers
{
    public static Caller Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "" : "";
        // An unknown role gets the narrowest one: an investor with no holder holds and sees nothing.
        return Roles.TryParse(user.FindFirst(ClaimTypes.Role)?.Value, out var role) && role != Role.Operator
            ? new Caller(name, role)
            : new Caller(name, Role.Investor);
    }

    public static Caller Caller(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Of(http.User);
    }
}
