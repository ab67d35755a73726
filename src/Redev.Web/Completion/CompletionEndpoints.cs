using Redev.App;
using Redev.App.Completion;
using Redev.Web.Contract;
using Redev.Web.Hosting;
using Redev.Web.Problems;

namespace Redev.Web.Completion;

/// <summary>
/// The completion stage through the API (docs/completion.md): the new building's register, the choice window and
/// the holders' choices, the picks in lottery order, flats kept or sold, payouts the convener proposes and the notary
/// approves, the income fund's leases, rent and expenses, and closing. Each endpoint calls one use case as the caller;
/// the stage guards are the use cases', answered as problems with their codes.
/// </summary>
public static class CompletionEndpoints
{
    private static readonly int[] Refusable =
        [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity];

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var g = api.MapGroup("/schemes/{id}/completion").WithTags("Completion");

        g.MapGet("", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.Completion.RunAsync(http.Caller(), id, ct)).ToResult(http, v => Results.Ok(CompletionDto.From(v))))
            .WithSummary("The completion stage: the new flats and what became of each, the choice window, the lottery seed, positions, payouts, leases and final statements; a holder sees only its own rows and the totals.")
            .WithName("GetCompletion")
            .Produces<CompletionDto>()
            .SignedInProblems(StatusCodes.Status404NotFound);

        g.MapPost("/flats", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
            {
                var (fileName, bytes) = await ReadFileAsync(http.Request, ct);
                if (bytes is null)
                {
                    return ApiProblems.BadInput(http, "body", "send the new building's register as text/csv, or as multipart/form-data with one file.", "no-file");
                }
                return (await app.ImportNewBuilding.RunAsync(http.Caller(), new NewBuildingCommand(id, fileName, bytes), ct))
                    .ToResult(http, r => Results.Ok(new NewBuildingDto(r.File, r.Sha256, r.Flats.Length, r.Flats.Sum(f => f.ValueCents))));
            })
            .RequireAuthorization(Policies.ApiConvener)
            // Bearer-only endpoint: a cross-site form cannot carry the token, so antiforgery adds nothing.
            .DisableAntiforgery()
            .Accepts<string>("text/csv", "multipart/form-data")
            .WithSummary("Import (or, before the choice window opens, replace) the new building's register: flat, floor, saleable area and three appraisals a row (convener); nothing is saved if any row is wrong.")
            .WithName("ImportNewBuilding")
            .Produces<NewBuildingDto>()
            .SignedInProblems([.. Refusable, StatusCodes.Status413PayloadTooLarge]);

        g.MapPost("/window", async (string id, OpenWindowInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.OpenChoiceWindow.RunAsync(http.Caller(), new OpenWindowCommand(id, input.Deadline, input.Default), ct))
                    .ToResult(http, w => Results.Ok(WindowDto.From(w))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Open the holders' choice window (convener): fixes the completion NAV per fund unit and publishes the lottery seed's SHA-256.")
            .WithName("OpenChoiceWindow")
            .Produces<WindowDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/window/close", async (string id, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.CloseChoiceWindow.RunAsync(http.Caller(), id, ct))
                    .ToResult(http, r => Results.Ok(new WindowClosedDto(r.Seed, r.Order, CompletionDto.Recompute(r.Seed)))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Close the choice window after its deadline (convener): publishes the lottery seed and the order in which the holders who chose a flat pick.")
            .WithName("CloseChoiceWindow")
            .Produces<WindowClosedDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/choices", async (string id, ChoiceInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.MakeChoice.RunAsync(http.Caller(), new ChooseCommand(id, input.Holder, input.Choice), ct))
                    .ToResult(http, c => Results.Ok(new ChoiceDto(c.Holder, c.Choice, c.By))))
            .WithSummary("Choose what fund units become while the choice window is open: a flat, cash or the income fund (a holder for itself; the convener for any holder from its signed form).")
            .WithName("MakeChoice")
            .Produces<ChoiceDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/picks", async (string id, PickInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.TakeFlat.RunAsync(http.Caller(), new TakeFlatCommand(id, input.Holder, input.Flat, input.BankReference, input.Pass), ct))
                    .ToResult(http, t => Results.Ok(t is null
                        ? new PickDto(input.Holder?.Trim() ?? "", null, true, 0, 0, 0, 0, 0)
                        : new PickDto(t.Holder, t.Flat, false, t.Units, t.UnitsValueCents, t.FlatValueCents, t.TopUpCents, t.RefundCents))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Record the pick of the holder on turn, in the published lottery order (convener): a flat, settled against its fund units with a top-up or a refund, or a pass to be paid in cash.")
            .WithName("RecordPick")
            .Produces<PickDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/flats/{flat}/keep", async (string id, string flat, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.DisposeFlat.RunAsync(http.Caller(), new DisposeFlatCommand(id, flat, Keep: true), ct))
                    .ToResult(http, r => Results.Ok(Disposal(flat, r))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Keep a flat nobody picked for the income fund to let, at its appraised value (convener).")
            .WithName("KeepFlat")
            .Produces<DisposalDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/flats/{flat}/sale", async (string id, string flat, SaleInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.DisposeFlat.RunAsync(http.Caller(), new DisposeFlatCommand(id, flat, false, input.Price, input.Costs, input.Buyer, input.BankReference), ct))
                    .ToResult(http, r => Results.Ok(Disposal(flat, r))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Record the sale of a flat nobody picked (convener): its price goes into escrow; its selling costs are paid first when the proceeds are paid out.")
            .WithName("SellFlat")
            .Produces<DisposalDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/payouts", async (string id, PayoutInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.ProposePayout.RunAsync(http.Caller(), new PayoutCommand(id, input.Kind, input.Amount, input.FeeRate, input.Year, input.ManagementFee, input.Creditors), ct))
                    .ToResult(http, p => Results.Ok(PayoutDto.From(p))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Propose a payout (convener): the sale proceeds by the waterfall, or a year's income. Nothing moves until the notary approves it by its key and batch SHA-256.")
            .WithName("ProposePayout")
            .Produces<PayoutDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/payouts/{key}/approve", async (string id, string key, ApproveInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.ApprovePayout.RunAsync(http.Caller(), new ApprovePayoutCommand(id, key, input.BatchSha256), ct))
                    .ToResult(http, p => Results.Ok(PayoutDto.From(p))))
            .RequireAuthorization(Policies.ApiNotary)
            .WithSummary("Approve a proposed payout (notary only), repeating its batch SHA-256: every line is paid and the fund units paid for are cancelled, in one ledger batch.")
            .WithName("ApprovePayout")
            .Produces<PayoutDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/leases", async (string id, LeaseInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.RecordLease.RunAsync(http.Caller(), new LeaseCommand(id, input.Flat, input.Tenant, input.MonthlyRent, input.From, input.To), ct))
                    .ToResult(http, l => Results.Ok(LeaseDto.Of(l))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Record a lease of a flat the income fund kept (convener).")
            .WithName("RecordLease")
            .Produces<LeaseDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/rent", async (string id, RentInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.RecordRent.RunAsync(http.Caller(), new RentCommand(id, input.Flat, input.Month, input.BankReference), ct))
                    .ToResult(http, c => Results.Ok(new CashMovedDto(input.Flat?.Trim() ?? "", input.Month?.Trim() ?? "", c.Value))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Record a month's rent received into the income fund's cash (convener); the amount is the lease's rent.")
            .WithName("RecordRent")
            .Produces<CashMovedDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/expenses", async (string id, ExpenseInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.RecordExpense.RunAsync(http.Caller(), new ExpenseCommand(id, input.Reference, input.Amount, input.Payee, input.What), ct))
                    .ToResult(http, c => Results.Ok(new CashMovedDto("", input.Reference?.Trim() ?? "", c.Value))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Record an expense paid from the income fund's cash (convener); the same reference twice is one expense.")
            .WithName("RecordExpense")
            .Produces<CashMovedDto>()
            .SignedInProblems(Refusable);

        g.MapPost("/close", async (string id, CloseInput input, HttpContext http, RedevApp app, CancellationToken ct) =>
                (await app.CloseScheme.RunAsync(http.Caller(), new CloseCommand(id, input.ResidueTo), ct))
                    .ToResult(http, c => Results.Ok(new ClosedDto("closed", c.ResidueCents, c.ResidueTo, c.Holders.Length))))
            .RequireAuthorization(Policies.ApiConvener)
            .WithSummary("Close the scheme once no fund unit is outstanding (convener): pays escrow's residue to the account named and writes every holder's final statement.")
            .WithName("CloseScheme")
            .Produces<ClosedDto>()
            .SignedInProblems(Refusable);
    }

    /// <summary>The use case answers <c>kept</c> or <c>sold:CENTS</c>; the API names both parts.</summary>
    private static DisposalDto Disposal(string flat, string outcome) =>
        outcome.StartsWith("sold:", StringComparison.Ordinal)
            ? new DisposalDto(flat, "sold", long.Parse(outcome.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture))
            : new DisposalDto(flat, "kept", null);

    /// <summary>The file's name and bytes; the app's request limit answers 413 for a body too large, and the parser refuses bytes that are not UTF-8, with their line.</summary>
    private static async Task<(string FileName, byte[]? Bytes)> ReadFileAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count == 0)
            {
                return ("new-building.csv", null);
            }
            await form.Files[0].CopyToAsync(buffer, ct);
            return (Path.GetFileName(form.Files[0].FileName) is { Length: > 0 } n ? n : "new-building.csv", buffer.ToArray());
        }
        var name = request.Query["fileName"].ToString() is { Length: > 0 } q ? Path.GetFileName(q) : "new-building.csv";
        await request.Body.CopyToAsync(buffer, ct);
        return (name, buffer.ToArray());
    }
}
