using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Redev.App;
using Redev.Web.Allocation;
using Redev.Web.Ledger;
using Redev.Store;
using Redev.Web.Accounts;
using Redev.Web.Consents;
using Redev.Web.Cycle;
using Redev.Web.Localization;
using Redev.Web.Registers;
using Redev.Web.Schemes;
using Scalar.AspNetCore;

namespace Redev.Web.Hosting;

/// <summary>Builds the web app: services, authentication, localization, pages and the API.</summary>
public static class WebApp
{
    /// <summary>The SQLite file used when neither <c>--db</c> nor <c>Redev:Db</c> is given.</summary>
    public const string DefaultDb = "redev-web.db";

    /// <summary>
    /// Largest request body, in bytes, unless an endpoint allows more (market uploads do): a register
    /// of thousands of flats is well under it. <c>Redev:MaxRequestBodyBytes</c> overrides it.
    /// </summary>
    public const long MaxRequestBodyBytes = 16L * 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarketFolder>();
        // One application layer per process, on one opened (and migrated) store, and so one ledger writer:
        // every ledger write of every request goes through its queue. Configuration is read here, after
        // tests have overridden it. Pages and endpoints reach the store only through its use cases.
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var clock = sp.GetRequiredService<TimeProvider>();
            var options = new AppOptions(sp.GetRequiredService<MarketFolder>().Path, config["Redev:RiskMarket"] is { Length: > 0 } m ? m : null,
                SevenYearPrice(config));
            return RedevApp.OpenAsync(Location(config), clock, options, config["Redev:NotaryKey"]).GetAwaiter().GetResult();
        });
        services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Redev.Store.Accounts.UserAccount>, Microsoft.AspNetCore.Identity.PasswordHasher<Redev.Store.Accounts.UserAccount>>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<MarketCharts>();
        services.AddHostedService<StartupSeeder>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Account/SignIn";
                o.LogoutPath = "/Account/SignOut";
                o.AccessDeniedPath = "/Account/Denied";
                o.Cookie.Name = "redev.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToAccessDenied = ctx =>
                {
                    ctx.HttpContext.RequestServices.GetRequiredService<ILogger<SignInService>>()
                        .Refused(ctx.HttpContext.User.Identity?.Name ?? "(anonymous)", ctx.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, $"open {ctx.Request.Path}");
                    ctx.Response.Redirect(ctx.RedirectUri);
                    return Task.CompletedTask;
                };
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o => o.Cookie.Name = "redev.af");

        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.ProblemTrace.Complete);
        services.AddExceptionHandler<Problems.TooLargeHandler>();
        // A body that cannot be read (bad JSON, a number sent as text) is the caller's 400, not our 500.
        services.AddExceptionHandler(o => o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        // Read when Kestrel starts, after tests have overridden configuration.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<IConfiguration>((o, config) =>
            o.Limits.MaxRequestBodySize = config.GetValue("Redev:MaxRequestBodyBytes", MaxRequestBodyBytes));
        // Numbers are numbers: a count sent as "5" is refused rather than guessed at, and the OpenAPI
        // document can then say "integer" rather than "integer or a string of digits".
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<Contract.BearerSecurityTransformer>();
            o.AddSchemaTransformer<Contract.ProblemSchemaTransformer>();
            o.AddDocumentTransformer<Contract.PlainProseTransformer>();
        });
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // The default HTML encoder writes every non-Latin character as &#x…; — a Chinese page would be
        // three times its size and unreadable as source. Letting all of Unicode through still encodes
        // <, >, &, quotes and the characters HTML treats specially.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Index");
            // The brief's public reads the market-cycle monitor; uploading stays the convener's (its page says so).
            o.Conventions.AllowAnonymousToPage("/Markets/Index");
            o.Conventions.AllowAnonymousToPage("/Markets/Show");
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
            o.Conventions.AllowAnonymousToPage("/Errors/Status");
        });

        var app = builder.Build();
        // Localization first, so an error page is in the visitor's language.
        app.UseRequestLocalization(Cultures.Options());
        ErrorPages.Use(app);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Redev API"));

        var api = app.MapGroup("/api").RequireAuthorization(Policies.Api);
        AccountEndpoints.Map(api);
        SchemeEndpoints.Map(api);
        RegisterEndpoints.Map(api);
        ConsentEndpoints.Map(api);
        AllocationEndpoints.Map(api);
        Risk.RiskEndpoints.Map(api);
        LedgerEndpoints.Map(api);
        MarketEndpoints.Map(api);
        Building.BuildingEndpoints.Map(api);
        Completion.CompletionEndpoints.Map(api);
        Statements.StatementEndpoints.Map(api);
        // Anything else under /api is a problem-details 404, not a page.
        api.MapFallback((HttpContext http) => Problems.ApiProblems.NotFound(http, $"There is no API endpoint {http.Request.Method} {http.Request.Path}; see /openapi/v1.json.", "no-endpoint"))
            .AllowAnonymous();

        Cultures.MapSwitch(app);
        StyleSheet.Map(app);
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// <c>Redev:RiskSevenYearOldFlatPerSqft</c> (HKD), the locality's seven-year-old-flat price for owners' offers; a value
    /// that is not a positive amount stops the app rather than silently falling back to an estimated offer.
    /// </summary>
    private static Redev.Primitives.Cents? SevenYearPrice(IConfiguration config)
    {
        if (config["Redev:RiskSevenYearOldFlatPerSqft"] is not { Length: > 0 } text)
        {
            return null;
        }
        return Redev.Primitives.Cents.TryParseHkd(text, out var c) && c.Value > 0
            ? c
            : throw new InvalidOperationException($"Redev:RiskSevenYearOldFlatPerSqft: must be a positive HKD amount with at most 2 decimals (got \"{text}\")");
    }

    /// <summary>Where the store is: configuration <c>Redev:Db</c>, or <c>--db</c> on the command line, else <see cref="DefaultDb"/>.</summary>
    public static StoreLocation Location(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var db = config["Redev:Db"] is { Length: > 0 } a ? a : config["db"] is { Length: > 0 } b ? b : DefaultDb;
        return StoreLocation.Parse(db);
    }
}
