using Redev.App.Allocation;
using Redev.App.Building;
using Redev.App.Holders;
using Redev.App.Ledger;
using Redev.App.Markets;
using Redev.App.Risk;
using Redev.App.Schemes;
using Redev.App.Statements;
using Redev.Store;

namespace Redev.App;

/// <summary>
/// Redev's application layer: one use case per user action, each taking the caller and a typed command
/// and returning a <see cref="Result{T}"/>. The command line and the web hold one of these and never the
/// store: every rule (who may act, what the state allows, what vesting issues) is written here once.
/// </summary>
public sealed class RedevApp : IAsyncDisposable
{
    private readonly bool _ownsStore;

    public RedevApp(RedevStore store, NotarySeal notary, TimeProvider clock, AppOptions? options = null, bool ownsStore = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(notary);
        ArgumentNullException.ThrowIfNull(clock);
        options ??= new AppOptions();
        Store = store;
        Notary = notary;
        Clock = clock;
        _ownsStore = ownsStore;
        var access = new HolderAccess(store);
        Access = access;
        Schemes = new ReadSchemes(store, access);
        CreateScheme = new CreateScheme(store, clock);
        ImportRegister = new ImportRegister(store);
        SetTerms = new SetTerms(store);
        CloseScheme = new Completion.CloseScheme(store, notary, clock);
        Advance = new AdvanceScheme(store, clock, CloseScheme);
        Consent = new RecordConsent(store, clock, access);
        RegisterHolder = new RegisterHolder(store, clock);
        LinkOwner = new LinkOwner(store, notary, clock);
        UnlinkOwner = new UnlinkOwner(store, notary, clock);
        Holders = new ReadHolders(store, access);
        Transfers = new ReadTransfers(store, access, clock);
        ProposeTransfer = new ProposeTransfer(store, access, Transfers, clock);
        DecideTransfer = new DecideTransfer(store, Transfers, notary, clock);
        Holdings = new ReadHoldings(store, access, Transfers, clock);
        Receipt = new TakeReceipt(store, access);
        Statement = new ReadStatement(store, access, clock);
        SignCheckpoint = new SignCheckpoint(store, notary, clock);
        IssueUnits = new IssueUnits(store);
        Ledger = new ReadLedger(store, notary);
        Allocation = new PreviewAllocation(store, access);
        Risks = new SchemeRisks(clock, options);
        Risk = new PreviewRisk(store, access, Risks);
        Markets = new MarketCatalog(options, store);
        UploadMarket = new MarketUpload(store, Markets, clock);
        Users = new Accounts.UserDirectory(store, clock);
        ReviewSchedule = new ReviewSchedule(store, notary, clock);
        DepositEscrow = new DepositEscrow(store, clock);
        CertifyMilestone = new CertifyMilestone(store, notary, clock, ReviewSchedule);
        RecordAppraisal = new RecordAppraisal(store, notary, clock);
        AdoptValuation = new AdoptValuation(store, notary, clock);
        Building = new ReadBuilding(store, clock);
        ImportNewBuilding = new Completion.ImportNewBuilding(store, notary, clock);
        OpenChoiceWindow = new Completion.OpenChoiceWindow(store, notary, clock);
        MakeChoice = new Completion.MakeChoice(store, notary, clock, access);
        CloseChoiceWindow = new Completion.CloseChoiceWindow(store, notary, clock);
        TakeFlat = new Completion.TakeFlat(store, notary, clock);
        DisposeFlat = new Completion.DisposeFlat(store, notary, clock);
        ProposePayout = new Completion.ProposePayout(store, notary, clock);
        ApprovePayout = new Completion.ApprovePayout(store, notary, clock);
        RecordLease = new Completion.RecordLease(store, notary, clock);
        RecordRent = new Completion.RecordRent(store, clock);
        RecordExpense = new Completion.RecordExpense(store, clock);
        Completion = new Completion.ReadCompletion(store, access, clock);
        Demo = new Demo.DemoSetup(store, notary, clock, new Demo.DemoBuilding(this, store, clock), new Demo.DemoClosing(store, notary, clock));
    }

    /// <summary>The store, for the composition root and the demo seeder only; front ends use the use cases.</summary>
    internal RedevStore Store { get; }

    public NotarySeal Notary { get; }

    /// <summary>Where the store is (for messages that tell a user how to reopen it).</summary>
    public StoreLocation Location => Store.Database.Location;

    public TimeProvider Clock { get; }
    public HolderAccess Access { get; }
    public ReadSchemes Schemes { get; }
    public CreateScheme CreateScheme { get; }
    public ImportRegister ImportRegister { get; }
    public SetTerms SetTerms { get; }
    public AdvanceScheme Advance { get; }
    public RecordConsent Consent { get; }
    public RegisterHolder RegisterHolder { get; }
    public LinkOwner LinkOwner { get; }
    public UnlinkOwner UnlinkOwner { get; }
    public ReadHolders Holders { get; }
    public ReadTransfers Transfers { get; }
    public ProposeTransfer ProposeTransfer { get; }
    public DecideTransfer DecideTransfer { get; }
    public ReadHoldings Holdings { get; }
    public ReviewSchedule ReviewSchedule { get; }
    public DepositEscrow DepositEscrow { get; }
    public CertifyMilestone CertifyMilestone { get; }
    public RecordAppraisal RecordAppraisal { get; }
    public AdoptValuation AdoptValuation { get; }
    public ReadBuilding Building { get; }
    public Completion.ImportNewBuilding ImportNewBuilding { get; }
    public Completion.OpenChoiceWindow OpenChoiceWindow { get; }
    public Completion.MakeChoice MakeChoice { get; }
    public Completion.CloseChoiceWindow CloseChoiceWindow { get; }
    public Completion.TakeFlat TakeFlat { get; }
    public Completion.DisposeFlat DisposeFlat { get; }
    public Completion.ProposePayout ProposePayout { get; }
    public Completion.ApprovePayout ApprovePayout { get; }
    public Completion.RecordLease RecordLease { get; }
    public Completion.RecordRent RecordRent { get; }
    public Completion.RecordExpense RecordExpense { get; }
    public Completion.CloseScheme CloseScheme { get; }
    public Completion.ReadCompletion Completion { get; }
    public TakeReceipt Receipt { get; }
    public ReadStatement Statement { get; }
    public SignCheckpoint SignCheckpoint { get; }
    public IssueUnits IssueUnits { get; }
    public ReadLedger Ledger { get; }
    public PreviewAllocation Allocation { get; }
    public SchemeRisks Risks { get; }
    public PreviewRisk Risk { get; }
    public MarketCatalog Markets { get; }
    public MarketUpload UploadMarket { get; }
    public Accounts.UserDirectory Users { get; }
    public Demo.DemoSetup Demo { get; }

    /// <summary>Opens the store at <paramref name="location"/> (migrating it) with the notary key next to it or at <paramref name="notaryKeyPath"/>.</summary>
    public static async Task<RedevApp> OpenAsync(StoreLocation location, TimeProvider clock, AppOptions? options = null, string? notaryKeyPath = null, StoreOptions? storeOptions = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        var store = await RedevStore.OpenAsync(location, storeOptions ?? new StoreOptions(clock), ct);
        try
        {
            return new RedevApp(store, NotarySeal.For(location, notaryKeyPath), clock, options, ownsStore: true);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsStore)
        {
            await Store.DisposeAsync();
            Notary.Dispose();
        }
    }
}
