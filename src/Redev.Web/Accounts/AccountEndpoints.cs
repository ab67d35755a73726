using Redev.App;
using Redev.App.Holders;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Accounts;

/// <summary>Tokens for API clients, and the notary's links between accounts and register owners.</summary>
public static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/tokens", async (TokenRequest input, SignInService signIn, HttpContext http, CancellationToken ct) =>
            {
                var attempt = await signIn.CheckAsync(input.UserName ?? "", input.Password ?? "", ct);
                if (attempt.Outcome == SignInOutcome.LockedOut)
                {
                    return ApiProblems.Make(http, StatusCodes.Status401Unauthorized, "Account locked",
                        $"Too many wrong passwords; this account is locked until {attempt.LockedUntil:yyyy-MM-dd'T'HH:mm:ss'Z'}.", "locked-out");
                }
                if (attempt.User is not { } user)
                {
                    return ApiProblems.Make(http, StatusCodes.Status401Unauthorized, "Wrong user name or password",
                        "The user name or the password is wrong.", "bad-credentials");
                }
                var (token, expires) = await signIn.IssueTokenAsync(user, ct);
                return Results.Created("/api/me", new TokenResponse(token, user.UserName, user.Role, expires));
            })
            .AllowAnonymous()
            .WithTags("Accounts")
            .WithSummary("Exchange a user name and password for a bearer token (valid 30 days).")
            .WithName("CreateToken")
            .Produces<TokenResponse>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized);

        api.MapGet("/me", (HttpContext http) => Results.Ok(new MeResponse(http.User.Identity!.Name!,
                http.User.FindFirst("display_name")?.Value ?? "", http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "")))
            .WithTags("Accounts")
            .WithSummary("Who the token belongs to.")
            .WithName("GetMe")
            .Produces<MeResponse>()
            .Problems(StatusCodes.Status401Unauthorized);

        var links = api.MapGroup("/schemes/{id}/owner-links").WithTags("Accounts");
        links.MapGet("/", async (string id, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.Holders.LinksAsync(http.Caller(), id, ct)).ToResult(http, list => Results.Ok(list.Select(OwnerLinkDto.From).ToArray())))
            .RequireAuthorization(Policies.ApiStaff)
            .WithSummary("Which holders the register owners are linked to (staff).")
            .WithName("ListOwnerLinks")
            .Produces<OwnerLinkDto[]>()
            .SignedInProblems(StatusCodes.Status404NotFound);
        links.MapPost("/", async (string id, OwnerLinkInput input, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.LinkOwner.RunAsync(http.Caller(), new LinkOwnerCommand(id, input.Owner, input.Holder, input.DocumentType, input.UserName), ct))
                    .ToResult(http, link => Results.Created($"/api/schemes/{link.Scheme}/owner-links", OwnerLinkDto.From(link))))
            .RequireAuthorization(Policies.ApiNotary)
            .WithSummary("Link a register owner to a holder after checking an identity document (notary).")
            .WithName("CreateOwnerLink")
            .Produces<OwnerLinkDto>(StatusCodes.Status201Created)
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        // A POST, not a DELETE: the undoing carries a reason, and it appends an audit record rather than erasing history.
        links.MapPost("/{owner}/unlink", async (string id, string owner, OwnerUnlinkInput input, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.UnlinkOwner.RunAsync(http.Caller(), new UnlinkOwnerCommand(id, owner, input.Reason), ct))
                    .ToResult(http, record => Results.Ok(AuditRecordDto.From(record, app.Notary.PublicPem))))
            .RequireAuthorization(Policies.ApiNotary)
            .WithSummary("Undo a register owner's link to a holder, with a reason kept in the audit trail (notary).")
            .WithName("UnlinkOwner")
            .Produces<AuditRecordDto>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapGet("/holders", async (RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.Holders.ListAsync(http.Caller(), ct)).ToResult(http, list => Results.Ok(list.Select(HolderDto.From).ToArray())))
            .RequireAuthorization(Policies.ApiStaff)
            .WithTags("Accounts")
            .WithSummary("Every registered holder (staff).")
            .WithName("ListHolders")
            .Produces<HolderDto[]>()
            .SignedInProblems();
        api.MapPost("/holders", async (RegisterHolderCommand input, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.RegisterHolder.RunAsync(http.Caller(), input, ct)).ToResult(http, h => Results.Created($"/api/holders/{h.Id}", HolderDto.From(h))))
            .RequireAuthorization(Policies.ApiNotary)
            .WithTags("Accounts")
            .WithSummary("Register a holder, a person or company, with names in English and Chinese and optionally its sign-in (notary).")
            .WithName("CreateHolder")
            .Produces<HolderDto>(StatusCodes.Status201Created)
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/schemes/{id}/audit", async (string id, RedevApp app, HttpContext http, CancellationToken ct) =>
                (await app.Ledger.AuditAsync(http.Caller(), id, ct)).ToResult(http, list => Results.Ok(list.Select(x => AuditRecordDto.From(x.Record, x.PublicKeyPem)).ToArray())))
            .RequireAuthorization(Policies.ApiStaff)
            .WithTags("Accounts")
            .WithSummary("The scheme's audit trail (owner links and other acts that move no units): hash-chained, each record signed by the notary (staff).")
            .WithName("ListAuditRecords")
            .Produces<AuditRecordDto[]>()
            .SignedInProblems(StatusCodes.Status404NotFound);
    }
}
