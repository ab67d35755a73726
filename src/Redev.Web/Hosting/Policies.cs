using Microsoft.AspNetCore.Authorization;
using Redev.Web.Accounts;

namespace Redev.Web.Hosting;

/// <summary>
/// Named authorization policies. The API's accept only bearer tokens: a browser's cookie never
/// authorizes an API call, so the API needs no antiforgery token and cannot be driven by another site.
/// </summary>
public static class Policies
{
    public const string Api = "api";
    public const string ApiConvener = "api-convener";
    public const string ApiNotary = "api-notary";
    public const string ApiStaff = "api-staff";
    public const string ApiCertifier = "api-certifier";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Api, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser());
        options.AddPolicy(ApiConvener, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireRole(RoleNames.Convener));
        options.AddPolicy(ApiNotary, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireRole(RoleNames.Notary));
        options.AddPolicy(ApiStaff, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireRole(RoleNames.Convener, RoleNames.Notary, RoleNames.Certifier));
        options.AddPolicy(ApiCertifier, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireRole(RoleNames.Certifier));
    }
}
