using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Web.Accounts;
using Redev.Web.Problems;

namespace Redev.Web.Ledger;

/// <summary>The body of <c>POST /api/transfers/{id}/reject</c>.</summary>
public sealed record RejectInput(string? Reason);

/// <summary>A signed checkpoint as the API shows it: hex root, base64 signature, the notary's public key.</summary>
/// <param name="AuditCount">Audit-trail records the checkpoint signed (0: none, and the version-1 signed bytes).</param>
/// <param name="AuditHead">The last of them's hash, hex; null when <paramref name="AuditCount"/> is 0.</param>
/// <param name="BalanceRoot">Version 3: the balance tree's root, hex (null for older checkpoints); <paramref name="UnitsOutstanding"/> and <paramref name="HkdPaidIn"/> are its sums.</param>
public sealed record CheckpointDto(string Scheme, long Count, string Root, DateTimeOffset SignedAt, string Signature, string PublicKey, long AuditCount, string? AuditHead,
    string? BalanceRoot = null, long? Holders = null, long? UnitsOutstanding = null, long? HkdPaidIn = null)
{
    public static CheckpointDto From(Checkpoint c, string publicPem)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Scheme.Value, c.Count, Convert.ToHexStringLower(c.Root), c.SignedAt, Convert.ToBase64String(c.Signature), publicPem,
            c.AuditCount, c.AuditHead is null ? null : Convert.ToHexStringLower(c.AuditHead),
            c.Balances is { } b ? Convert.ToHexStringLower(b.Root) : null, c.Balances?.Holders, c.Balances?.Units, c.Balances?.Hkd);
    }
}

/// <summary>Holdings, off-market transfers, receipts and checkpoints: the ledger through the API.</summary>
public static class LedgerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var t = api.MapGroup("/transfers").WithTags("Transfers");
        t.MapPost("/", async (ProposeInput input, HttpContext http, TransferService s, CancellationToken ct) =>
                ToResult(http, await s.ProposeAsync(http.User, input, ct), "You may propose transfers only from your own units."))
            .WithSummary("Propose an off-market transfer of your free units (a pending ledger transfer, expiring in 14 days). Send your own id to make retries safe.");
        t.MapPost("/{id:guid}/approve", async (Guid id, HttpContext http, TransferService s, CancellationToken ct) =>
                ToResult(http, await s.ApproveAsync(http.User, id, ct), "Only the notary approves transfers."))
            .WithSummary("Approve a proposed transfer (notary only): the reserved units move.");
        t.MapPost("/{id:guid}/reject", async (Guid id, RejectInput input, HttpContext http, TransferService s, CancellationToken ct) =>
                ToResult(http, await s.RejectAsync(http.User, id, input.Reason, ct), "Only the notary rejects transfers."))
            .WithSummary("Reject a proposed transfer with a reason (notary only): the reservation is released.");
        t.MapGet("/", async (HttpContext http, TransferService s, CancellationToken ct) => Results.Ok(await s.ListAsync(http.User, ct)))
            .WithSummary("Transfers from or to your holdings (all of them for the notary), newest first, with their status.");
        t.MapGet("/{id:guid}", async (Guid id, HttpContext http, TransferService s, LedgerHolders holders, AccessRules access, CancellationToken ct) =>
            {
                var v = await s.FindAsync(id, ct);
                if (v is null)
                {
                    return ApiProblems.NotFound(http, $"There is no proposed transfer {id}.", "no-transfer");
                }
                var mine = await holders.OfAsync(http.User, SchemeId.Parse(v.Scheme), ct);
                if (AccessRules.RoleOf(http.User) != Roles.Notary && !mine.Contains(v.From) && !mine.Contains(v.To))
                {
                    access.LogRefused(http.User, $"see transfer {id}");
                    return ApiProblems.Forbidden(http, "You may see only transfers from or to your own holdings.");
                }
                return Results.Ok(v);
            })
            .WithSummary("One transfer and its status.");

        api.MapGet("/holdings", async (string? holder, HttpContext http, HoldingsService s, CancellationToken ct) =>
                await s.ForAsync(http.User, holder, ct) is { } list
                    ? Results.Ok(list)
                    : ApiProblems.Forbidden(http, $"You may see only your own holdings, not those of \"{holder}\"."))
            .WithTags("Holdings").WithSummary("Your holdings per scheme: free and pledged units, pending transfers, HKD, value at the latest NAV.");

        var l = api.MapGroup("/schemes/{id}").WithTags("Ledger");
        l.MapGet("/receipt", async (string id, string? holder, HttpContext http, HoldingsService s, LedgerHolders holders, RedevStore store,
                CancellationToken ct) =>
            {
                if (!SchemeId.TryParse(id, out var sid) || await store.Schemes.GetAsync(sid, ct) is null)
                {
                    return ApiProblems.NoScheme(http, SchemeId.TryParse(id, out var x) ? x : SchemeId.Parse("unknown"));
                }
                var mine = await holders.OfAsync(http.User, sid, ct);
                var who = holder ?? (mine.Count > 0 ? mine[0] : null);
                if (who is null || !await s.MayTakeReceiptAsync(http.User, sid, who, ct))
                {
                    return ApiProblems.Forbidden(http, $"You may take only your own ledger receipt; you hold nothing as \"{who}\" in scheme {sid}.");
                }
                var outcome = await store.Journal.ReceiptAsync(sid, who, ct);
                return outcome.Receipt is { } receipt ? Results.Text(receipt.ToJson(), "application/json") : LedgerRefusals.Problem(http, outcome.Refusal!);
            })
            .WithSummary("Your signed ledger receipt for a scheme: your entries, their inclusion proofs into the latest checkpoint, your balance proof and the notary's key " +
                         "(409 no-checkpoint while the notary has not signed a checkpoint over your latest entries).");
        l.MapGet("/checkpoints", async (string id, HttpContext http, RedevStore store, CancellationToken ct) =>
                SchemeId.TryParse(id, out var sid)
                    ? Results.Ok((await store.Journal.CheckpointsAsync(sid, ct)).Select(c => CheckpointDto.From(c.Checkpoint, c.PublicKeyPem)))
                    : ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme"))
            .WithSummary("The scheme's signed checkpoints, oldest first.");
        l.MapPost("/checkpoints", async (string id, HttpContext http, RedevStore store, NotarySigner notary, AccessRules access, TimeProvider clock, CancellationToken ct) =>
            {
                if (AccessRules.RoleOf(http.User) != Roles.Notary)
                {
                    access.LogRefused(http.User, $"sign a checkpoint of scheme {id}");
                    return ApiProblems.Forbidden(http, "Only the notary signs checkpoints.");
                }
                if (!SchemeId.TryParse(id, out var sid) || await store.Schemes.GetAsync(sid, ct) is null)
                {
                    return ApiProblems.NotFound(http, $"There is no scheme \"{id}\".", "no-scheme");
                }
                var c = await store.Checkpoints.SignAsync(sid, notary.Key, clock.GetUtcNow(), ct);
                return Results.Created($"/api/schemes/{sid}/checkpoints", CheckpointDto.From(c, notary.PublicPem));
            })
            .WithSummary("Sign a checkpoint over the scheme's journal as it is now (notary only).");
        api.MapGet("/notary-key", (NotarySigner notary) => Results.Text(notary.PublicPem, "application/x-pem-file"))
            .WithTags("Ledger").WithSummary("The notary's public key (PEM), to check receipts and checkpoints offline.");
    }

    private static IResult ToResult(HttpContext http, TransferOutcome o, string forbidden) => o switch
    {
        { Forbidden: true } => ApiProblems.Forbidden(http, forbidden),
        { Refusal: { } r } => LedgerRefusals.Problem(http, r),
        { Created: true, Transfer: { } v } => Results.Created($"/api/transfers/{v.Id}", v),
        { Transfer: { } v } => Results.Ok(v),
        _ => throw new InvalidOperationException("A transfer outcome has neither a transfer nor a refusal."),
    };
}
