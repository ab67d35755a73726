using Redev.Ledger;
using Redev.App;
using Redev.App.Ledger;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Ledger;

/// <summary>Holdings, off-market transfers, receipts and checkpoints: the ledger through the API.</summary>
public static class LedgerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var t = api.MapGroup("/transfers").WithTags("Transfers");
        t.MapPost("/", async (ProposeCommand input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.ProposeTransfer.RunAsync(http.Caller(), input, ct))
                    .ToResult(http, p => p.Created ? Results.Created($"/api/transfers/{p.Transfer.Id}", p.Transfer) : Results.Ok(p.Transfer)))
            .WithSummary("Propose an off-market transfer of your free units (a pending ledger transfer, expiring in 14 days). Send your own id to make retries safe.")
            .WithName("ProposeTransfer")
            .Produces<TransferView>(StatusCodes.Status201Created)
            .Produces<TransferView>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        t.MapPost("/{id:guid}/approve", async (Guid id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.DecideTransfer.ApproveAsync(http.Caller(), id, ct)).ToResult(http, v => Results.Ok(v)))
            .WithSummary("Approve a proposed transfer (notary only): the reserved units move.")
            .WithName("ApproveTransfer")
            .Produces<TransferView>()
            .SignedInProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        t.MapPost("/{id:guid}/reject", async (Guid id, RejectInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.DecideTransfer.RejectAsync(http.Caller(), id, input.Reason, ct)).ToResult(http, v => Results.Ok(v)))
            .WithSummary("Reject a proposed transfer with a reason (notary only): the reservation is released.")
            .WithName("RejectTransfer")
            .Produces<TransferView>()
            .SignedInProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        t.MapGet("/", async (HttpContext http, RedevApp app, CancellationToken ct) => Results.Ok(await app.Transfers.ListAsync(http.Caller(), ct)))
            .WithSummary("Transfers from or to your holdings (all of them for the notary), newest first, with their status.")
            .WithName("ListTransfers")
            .Produces<TransferView[]>()
            .Problems(StatusCodes.Status401Unauthorized);
        t.MapGet("/{id:guid}", async (Guid id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Transfers.FindAsync(http.Caller(), id, ct)).ToResult(http, v => Results.Ok(v)))
            .WithSummary("One transfer and its status.")
            .WithName("GetTransfer")
            .Produces<TransferView>()
            .SignedInProblems(StatusCodes.Status404NotFound);

        api.MapGet("/holdings", async (string? holder, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Holdings.RunAsync(http.Caller(), holder, ct)).ToResult(http, list => Results.Ok(list)))
            .WithTags("Holdings").WithSummary("Your holdings per scheme: free and pledged units, pending transfers, HKD, value at the latest NAV.")
            .WithName("ListHoldings")
            .Produces<HoldingView[]>()
            .SignedInProblems(StatusCodes.Status404NotFound);

        var l = api.MapGroup("/schemes/{id}").WithTags("Ledger");
        l.MapGet("/receipt", async (string id, string? holder, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Receipt.RunAsync(http.Caller(), id, holder, ct)).ToResult(http, r => Results.Text(r.ToJson(), "application/json")))
            .WithSummary("Your signed ledger receipt for a scheme: your entries, their inclusion proofs, a checkpoint and the notary's key.")
            .WithName("GetReceipt")
            .Produces<ReceiptDocument>()
            .SignedInProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        l.MapGet("/checkpoints", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Ledger.CheckpointsAsync(http.Caller(), id, ct)).ToResult(http, list => Results.Ok(list.Select(c => CheckpointDto.From(c.Checkpoint, c.PublicKeyPem)).ToArray())))
            .WithSummary("The scheme's signed checkpoints, oldest first.")
            .WithName("ListCheckpoints")
            .Produces<CheckpointDto[]>()
            .SignedInProblems(StatusCodes.Status404NotFound);
        l.MapPost("/checkpoints", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.SignCheckpoint.RunAsync(http.Caller(), id, ct))
                    .ToResult(http, c => Results.Created($"/api/schemes/{c.Scheme}/checkpoints", CheckpointDto.From(c, app.Notary.PublicPem))))
            .WithSummary("Sign a checkpoint over the scheme's journal as it is now (notary only).")
            .WithName("SignCheckpoint")
            .Produces<CheckpointDto>(StatusCodes.Status201Created)
            .SignedInProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/notary-key", (RedevApp app) => Results.Text(app.Notary.PublicPem, "application/x-pem-file"))
            .WithTags("Ledger").WithSummary("The notary's public key (PEM), to check receipts and checkpoints offline.")
            .WithName("GetNotaryKey")
            .Produces<string>(StatusCodes.Status200OK, "application/x-pem-file")
            .Problems(StatusCodes.Status401Unauthorized);
    }
}
