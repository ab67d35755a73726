using Redev.Ledger;
using Redev.Schemes;

namespace Redev.Store.Tests.Ledger;

/// <summary>A store with one vested scheme and a few funded accounts, on either engine.</summary>
public sealed class LedgerFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    public static readonly SchemeId SchemeUnderTest = SchemeId.Parse("ledger-test");

    public RedevStore Store { get; }
    public StoreLocation Location { get; }
    public Clock Time { get; }

    private LedgerFixture(RedevStore store, StoreLocation location, Clock clock)
    {
        Store = store;
        Location = location;
        Time = clock;
    }

    public static AccountRef Units(string holder) => new(holder, Asset.Units);

    public static async Task<LedgerFixture> CreateAsync(StoreKind kind, SchemeState state = SchemeState.Vested, int maxOpsPerCommit = 4096,
        Redev.Store.Ledger.BalanceWrites? balanceWrites = null, params (string Holder, long Units)[] funded)
    {
        var location = await Support.TestStores.FreshAsync(kind);
        var clock = new Clock(Start);
        var store = await RedevStore.OpenAsync(location, new StoreOptions(clock, maxOpsPerCommit, balanceWrites));
        await store.Schemes.CreateAsync(Redev.Schemes.Scheme.Restore(SchemeUnderTest, "ledger test", new LotFacts(1960), Start, state, 0, null, null, null, [], [], []));
        var holders = new[] { "A", "B", "C", "D" }.Select(Units).Append(new AccountRef("A", Asset.HkdCents)).Append(new AccountRef("B", Asset.HkdCents))
            .Append(new AccountRef("A", Asset.Units, "Bank"));
        await store.Ledger.OpenAccountsAsync(SchemeUnderTest, SystemAccounts.All.Concat(holders));
        var f = new LedgerFixture(store, location, clock);
        if (state == SchemeState.Vested && funded.Length > 0)
        {
            var outcome = await store.Ledger.SubmitAsync(funded.Select(x => f.Transfer(AccountRef.Issuance, Units(x.Holder), x.Units, TransferCode.Issue)).ToArray());
            Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
        }
        return f;
    }

    public TransferRequest Transfer(AccountRef from, AccountRef to, long amount, TransferCode code = TransferCode.Transfer, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), SchemeUnderTest, from, to, amount, code);

    public async Task<long> BalanceAsync(AccountRef account) => (await AccountAsync(account)).Balance;

    /// <summary>An account of the scheme under test as the ledger serves it: balance and pending amounts.</summary>
    public async Task<AccountBalance> AccountAsync(AccountRef account) =>
        (await Store.Ledger.BalancesAsync(SchemeUnderTest)).Single(b => b.Account == account).Balance;

    /// <summary>Asserts the units balances a store serves for the scheme under test, and that its whole ledger verifies.</summary>
    public static async Task AssertServesAndVerifiesAsync(RedevStore store, params (string Holder, long Units)[] expected)
    {
        ArgumentNullException.ThrowIfNull(store);
        var balances = await store.Ledger.BalancesAsync(SchemeUnderTest);
        foreach (var (holder, units) in expected)
        {
            Assert.Equal(units, balances.Single(b => b.Account == Units(holder)).Balance.Balance);
        }
        var report = await Redev.Store.Ledger.LedgerVerifier.VerifyAsync(store.Database);
        Assert.True(report.Ok, string.Join("\n", report.Problems));
    }

    /// <summary>Changes the tables behind the ledger's back, as someone with database access could, then verifies.</summary>
    public async Task<Redev.Store.Ledger.LedgerReport> TamperAndVerifyAsync(string sql)
    {
        await using (var conn = await Store.Database.OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(conn, sql, new { s = SchemeUnderTest.Value });
        }
        return await Redev.Store.Ledger.LedgerVerifier.VerifyAsync(Store.Database);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();

    /// <summary>A clock tests can move forward.</summary>
    public sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
