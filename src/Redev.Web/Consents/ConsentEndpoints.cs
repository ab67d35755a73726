using Redev.App;
using Redev.App.Schemes;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;
using Redev.Web.Registers;
using Redev.Web.Schemes;

namespace Redev.Web.Consents;

/// <summary>Consents: an owner gives or withdraws their own; the convener may record anyone's.</summary>
public static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes/{id}/consents").WithTags("Consents");
        g.MapPost("/", async (string id, ConsentInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Consent.GiveAsync(http.Caller(), new ConsentCommand(id, input.Owner), ct))
                    .ToResult(http, s => Results.Ok(SchemeDto.From(s, app.Clock.GetUtcNow()))))
            .WithSummary("Record a consent (the owner's own, or anyone's by the convener).")
            .WithName("GiveConsent")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        g.MapDelete("/{owner}", async (string id, string owner, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Consent.WithdrawAsync(http.Caller(), new ConsentCommand(id, owner), ct))
                    .ToResult(http, s => Results.Ok(SchemeDto.From(s, app.Clock.GetUtcNow()))))
            .WithSummary("Withdraw a consent (the owner's own, or anyone's by the convener).")
            .WithName("WithdrawConsent")
            .Produces<SchemeDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        // Signed paper forms in bulk: a CSV body (text/csv) or a multipart upload, all or nothing.
        g.MapPost("/import", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
            {
                var (fileName, bytes) = await RegisterEndpoints.ReadAsync(http.Request, ct, "consents.csv");
                if (bytes is null)
                {
                    return ApiProblems.BadInput(http, "body", "send the signed forms as text/csv, or as multipart/form-data with one file.", "no-file");
                }
                return (await app.ImportConsents.RunAsync(http.Caller(), new ImportConsentsCommand(id, fileName, bytes), ct))
                    .ToResult(http, r => Results.Ok(new ConsentImportDto(r.Given, r.Withdrawn, SchemeDto.From(r.Scheme, app.Clock.GetUtcNow()))));
            })
            .RequireAuthorization(Policies.ApiConvener)
            // Bearer-only endpoint: a cross-site form cannot carry the token, so antiforgery adds nothing.
            .DisableAntiforgery()
            .Accepts<string>("text/csv", "multipart/form-data")
            .WithSummary("Record consents and withdrawals from a CSV of signed forms (owner, decision, signed_on, evidence); nothing is recorded if any line is wrong (convener).")
            .WithName("ImportConsents")
            .Produces<ConsentImportDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge);
    }
}
