using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Redev.App;
using Redev.App.Completion;
using Redev.Refusals;
using Redev.Schemes;
using Redev.Web.Hosting;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Completion;

/// <summary>
/// A scheme's completion stage (docs/completion.md): the new flats, the choice window and the lottery, then each
/// role's part — a holder's own position and choice; the convener's import, window, picks, sales, payouts, income
/// fund and closing; the notary's approval of payouts by their batch hash. The page offers only what the stage
/// allows and asks for a tick before every irreversible step; every use case checks the caller and the stage again.
/// </summary>
public sealed class ShowModel(RedevApp app, IStringLocalizer<SharedResource> l) : PageModel
{
    public CompletionView View { get; private set; } = null!;
    public string Name { get; private set; } = "";

    /// <summary>Holders and payees as the reader names them (a holder's registered name, never its ledger account).</summary>
    public CompletionNames Names { get; private set; } = null!;
    public Caller Me => Callers.Of(User);
    public string? Error { get; private set; }
    public string? Done { get; private set; }
    public IReadOnlyList<Redev.Text.InputProblem> Problems { get; private set; } = [];

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Deadline { get; set; }
    [BindProperty] public string? Fallback { get; set; }
    [BindProperty] public string? Holder { get; set; }
    [BindProperty] public string? Choice { get; set; }
    [BindProperty] public string? Flat { get; set; }
    [BindProperty] public string? BankReference { get; set; }
    [BindProperty] public bool Pass { get; set; }
    [BindProperty] public string? Price { get; set; }
    [BindProperty] public string? Costs { get; set; }
    [BindProperty] public string? Buyer { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? FeeRate { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? ManagementFee { get; set; }
    [BindProperty] public string? Creditors { get; set; }
    [BindProperty] public string? Key { get; set; }
    [BindProperty] public string? BatchSha256 { get; set; }
    [BindProperty] public string? Tenant { get; set; }
    [BindProperty] public string? MonthlyRent { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Payee { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public string? ResidueTo { get; set; }
    [BindProperty] public bool Understood { get; set; }

    /// <summary>The handler that took the post (Lease, Expense, …): a refusal names its field by that form's label.</summary>
    private string? _handler;

    public override void OnPageHandlerSelected(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _handler = context.HandlerMethod?.Name;
    }

    public SchemeState State => Enum.Parse<SchemeState>(View.State, ignoreCase: true);
    public bool IsConvener => Me.Role == Role.Convener;
    public bool IsNotary => Me.Role == Role.Notary;
    public bool IsHolder => Me.Role.Holds();
    public IEnumerable<FlatView> Available => View.Flats.Where(f => f.Status == "available");
    public IEnumerable<FlatView> Kept => View.Flats.Where(f => f.Status == "kept");

    /// <summary>The deadline as a date, for the page to write in the reader's language.</summary>
    public DateOnly? DeadlineDate => View.Deadline is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    // What each form needs to be worth showing; the use cases hold the rules and refuse anything out of order.
    public bool CanImport => IsConvener && State == SchemeState.Completed && View.Deadline is null;
    public bool CanOpen => CanImport && View.Flats.Count > 0;
    public bool CanChoose => View.WindowOpen && (IsConvener || IsHolder);
    public bool CanCloseWindow => IsConvener && State == SchemeState.Completed && View.Deadline is not null && !View.WindowOpen && !View.WindowClosed;
    public bool CanPick => IsConvener && State == SchemeState.Completed && !string.IsNullOrEmpty(View.OnTurn);
    public bool CanDispose => IsConvener && State is SchemeState.Completed or SchemeState.Operating && View.WindowClosed && View.OnTurn is null && Available.Any();
    public bool CanPropose => IsConvener && State is SchemeState.Completed or SchemeState.Operating && View.WindowClosed;
    public bool CanApprove => IsNotary && State is SchemeState.Completed or SchemeState.Operating && View.Proposed.Count > 0;
    public bool CanLease => IsConvener && State is SchemeState.Completed or SchemeState.Operating && Kept.Any();
    public bool CanOperate => IsConvener && State == SchemeState.Operating;
    public bool CanAdvance => IsConvener && State == SchemeState.Completed && View.WindowClosed;
    public bool CanClose => IsConvener && State is SchemeState.Distributed or SchemeState.Operating;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostImportAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        if (Upload is null)
        {
            Error = l["CompletionNoFile"];
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var r = await app.ImportNewBuilding.RunAsync(Me, new NewBuildingCommand(id, Path.GetFileName(Upload.FileName), buffer.ToArray()), ct);
        if (!r.Succeeded && r.Refusal.Problems.Count > 0)
        {
            Problems = r.Refusal.Problems;
        }
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["NewBuildingImported", r.Value!.Flats.Length, Display.Hkd(r.Value!.Flats.Sum(f => f.ValueCents))], ct);
    }

    public Task<IActionResult> OnPostOpenAsync(string id, CancellationToken ct) => ConfirmedAsync(id, async () =>
    {
        var r = await app.OpenChoiceWindow.RunAsync(Me, new OpenWindowCommand(id, Deadline, Fallback), ct);
        return (r.Succeeded ? null : r.Refusal, () => l["WindowOpened", Display.Date(r.Value!.Deadline)]);
    }, ct);

    public Task<IActionResult> OnPostCloseWindowAsync(string id, CancellationToken ct) => ConfirmedAsync(id, async () =>
    {
        var r = await app.CloseChoiceWindow.RunAsync(Me, id, ct);
        return (r.Succeeded ? null : r.Refusal, () => l["WindowClosedDone", r.Value!.Order.Length]);
    }, ct);

    public async Task<IActionResult> OnPostChooseAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.MakeChoice.RunAsync(Me, new ChooseCommand(id, Holder, Choice), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["ChoiceDone", Names.Of(r.Value!.Holder), l["Choice_" + r.Value!.Choice]], ct);
    }

    public async Task<IActionResult> OnPostPickAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.TakeFlat.RunAsync(Me, new TakeFlatCommand(id, Holder, Pass ? null : Flat, BankReference, Pass), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => r.Value is { } t
            ? l["PickDone", Names.Of(t.Holder), t.Flat, Display.Number(t.Units), Display.Hkd(t.TopUpCents), Display.Hkd(t.RefundCents)]
            : l["PassDone", Names.Of(Holder ?? "")], ct);
    }

    public async Task<IActionResult> OnPostKeepAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.DisposeFlat.RunAsync(Me, new DisposeFlatCommand(id, Flat, Keep: true), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["KeepDone", Flat ?? ""], ct);
    }

    public async Task<IActionResult> OnPostSellAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.DisposeFlat.RunAsync(Me, new DisposeFlatCommand(id, Flat, false, Price, Costs, Buyer, BankReference), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["SellDone", Flat ?? ""], ct);
    }

    public async Task<IActionResult> OnPostProposeAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var creditors = (Creditors ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var r = await app.ProposePayout.RunAsync(Me, new PayoutCommand(id, Kind, Amount, FeeRate, Year, ManagementFee, creditors), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["ProposeDone", r.Value!.Key], ct);
    }

    /// <summary>The notary ticks the batch hash shown with the lines; an unticked box sends no hash and the use case refuses it.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.ApprovePayout.RunAsync(Me, new ApprovePayoutCommand(id, Key, BatchSha256), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["ApproveDone", r.Value!.Key, r.Value!.Lines.Length], ct);
    }

    public async Task<IActionResult> OnPostLeaseAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.RecordLease.RunAsync(Me, new LeaseCommand(id, Flat, Tenant, MonthlyRent, From, To), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["LeaseDone", r.Value!.Flat, r.Value!.Tenant, Display.Hkd(r.Value!.MonthlyRentCents)], ct);
    }

    public async Task<IActionResult> OnPostRentAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.RecordRent.RunAsync(Me, new RentCommand(id, Flat, Month, BankReference), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["RentDone", Display.Hkd(r.Value!), Flat ?? "", Month ?? ""], ct);
    }

    public async Task<IActionResult> OnPostExpenseAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        var r = await app.RecordExpense.RunAsync(Me, new ExpenseCommand(id, Reference, Amount, Payee, What), ct);
        return await AfterAsync(id, r.Succeeded ? null : r.Refusal, () => l["ExpenseDone", Display.Hkd(r.Value!), Payee ?? ""], ct);
    }

    public Task<IActionResult> OnPostCloseAsync(string id, CancellationToken ct) => ConfirmedAsync(id, async () =>
    {
        var r = await app.CloseScheme.RunAsync(Me, new CloseCommand(id, ResidueTo), ct);
        return (r.Succeeded ? null : r.Refusal, () => l["SchemeClosedDone", r.Value!.Holders.Length]);
    }, ct);

    /// <summary>An irreversible step runs only with its box ticked; otherwise the page says so and nothing happens.</summary>
    private async Task<IActionResult> ConfirmedAsync(string id, Func<Task<(Refusal? Refusal, Func<string> Done)>> step, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }
        if (!Understood)
        {
            Error = l["TickToConfirm"];
            return Page();
        }
        var (refusal, done) = await step();
        return await AfterAsync(id, refusal, done, ct);
    }

    private async Task<IActionResult> AfterAsync(string id, Refusal? refusal, Func<string> done, CancellationToken ct)
    {
        if (refusal is not null)
        {
            if (this.Stop(refusal) is { } stop)
            {
                return stop;
            }
            Error = CompletionFields.Refusal(l, refusal, _handler);
            return Page();
        }
        Done = done();
        Deadline = Fallback = Holder = Choice = Flat = BankReference = Price = Costs = Buyer = Kind = Amount = FeeRate = Year = ManagementFee = Creditors = null;
        Key = BatchSha256 = Tenant = MonthlyRent = From = To = Month = Reference = Payee = What = ResidueTo = null;
        Pass = Understood = false;
        ModelState.Clear();
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var v = await app.Completion.RunAsync(Me, id, ct);
        if (!v.Succeeded)
        {
            return this.Stop(v.Refusal) ?? NotFound();
        }
        View = v.Value;
        Name = (await app.Schemes.GetAsync(Me, id, ct)).Value?.Name ?? id;
        Names = new CompletionNames(l, await app.Access.ByLedgerAccountAsync(ct));
        return null;
    }
}
