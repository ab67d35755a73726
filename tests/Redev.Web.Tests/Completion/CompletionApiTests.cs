using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Completion;

/// <summary>
/// The completion stage through the API, on both engines: each step refused out of the stage's order with its
/// code, each act refused to the roles that may not do it (403), and a run from completion to closing — the new
/// building's register, the window, a holder's own choice, the lottery, the pick, the sales, the payout the notary
/// approves by its hash, and the final statements; then the income fund's leases, rent and expenses.
/// </summary>
public class CompletionApiTests
{
    private const string S = CompletionSetup.Scheme;
    private const string Api = "/api/schemes/" + S + "/completion";

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_scheme_runs_from_completion_to_closed_and_every_step_out_of_order_is_refused(StoreKind kind)
    {
        var (f, clock) = await CompletionSetup.StartAsync(kind);
        await using var _ = f;
        using var convener = await ApiClient.AsAsync(f, "convener");
        using var notary = await ApiClient.AsAsync(f, "notary");
        using var certifier = await ApiClient.AsAsync(f, "certifier");
        using var chan = await ApiClient.AsAsync(f, "chan");

        // Building: everyone may read, but no completion step is taken yet.
        var building = await ApiClient.JsonAsync(await chan.GetAsync(Api));
        Assert.Equal("building", building.GetProperty("state").GetString());
        Assert.Empty(building.GetProperty("flats").EnumerateArray());
        await ApiClient.ProblemAsync(await CompletionSetup.ImportAsync(convener, CompletionSetup.Flats), HttpStatusCode.Conflict, "not-completed");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/close", new { }), HttpStatusCode.Conflict, "not-completed");
        await ApiClient.ProblemAsync(await chan.GetAsync("/api/schemes/no-such/completion"), HttpStatusCode.NotFound, "no-scheme");

        await CompletionSetup.CompleteAsync(certifier, convener, clock);

        // Completed: the roles that may not act are refused before anything else.
        await ApiClient.ProblemAsync(await CompletionSetup.ImportAsync(chan, CompletionSetup.Flats), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await notary.PostAsJsonAsync($"{Api}/window", new { deadline = CompletionSetup.Today(clock, 14), @default = "cash" }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/window/close", new { }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/picks", new { holder = "CHAN Tai Man", flat = "3A" }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/payouts", new { kind = "sale" }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/payouts/sale-1/approve", new { batchSha256 = "x" }), HttpStatusCode.Forbidden, "forbidden");

        // ... and the steps out of order by their codes.
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/window", new { deadline = CompletionSetup.Today(clock, 14), @default = "cash" }), HttpStatusCode.Conflict, "no-new-register");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/choices", new { choice = "flat" }), HttpStatusCode.Conflict, "no-choice-window");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/picks", new { holder = "CHAN Tai Man", flat = "3A" }), HttpStatusCode.Conflict, "choice-window-open");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/rent", new { flat = "3A", month = CompletionSetup.Today(clock)[..7], bankReference = "R-1" }), HttpStatusCode.Conflict, "not-completed");

        // A bad register is refused whole, its problems as FILE:LINE.
        var bad = await ApiClient.ProblemAsync(await CompletionSetup.ImportAsync(convener, "flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3\n3A,3,520,7900000,lots,8100000\n", "bad.csv"),
            HttpStatusCode.BadRequest, "new-register-invalid");
        var problem = bad.GetProperty("problems")[0];
        Assert.Equal("bad.csv", problem.GetProperty("file").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.StartsWith("bad.csv:2", problem.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty((await ApiClient.JsonAsync(await convener.GetAsync(Api))).GetProperty("flats").EnumerateArray());

        var imported = await ApiClient.JsonAsync(await CompletionSetup.ImportAsync(convener, CompletionSetup.Flats));
        Assert.Equal(6, imported.GetProperty("flats").GetInt32());
        Assert.Equal(4_200_000_000, imported.GetProperty("valueCents").GetInt64());
        Assert.Equal(64, imported.GetProperty("sha256").GetString()!.Length);

        var window = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/window", new { deadline = CompletionSetup.Today(clock, 14), @default = "cash" }));
        Assert.Equal(CompletionSetup.Today(clock, 14), window.GetProperty("deadline").GetString());
        Assert.Equal("cash", window.GetProperty("default").GetString());
        Assert.Equal(64, window.GetProperty("commitment").GetString()!.Length);
        Assert.True(window.GetProperty("navPerUnitCents").GetInt64() > 0);
        await ApiClient.ProblemAsync(await CompletionSetup.ImportAsync(convener, CompletionSetup.Flats), HttpStatusCode.Conflict, "window-opened");

        // The owner chooses for itself, and only for itself; it sees no other holder.
        var choice = await ApiClient.JsonAsync(await chan.PostAsJsonAsync($"{Api}/choices", new { choice = "flat" }));
        Assert.Equal("CHAN Tai Man", choice.GetProperty("holder").GetString());
        Assert.Equal("flat", choice.GetProperty("choice").GetString());
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/choices", new { choice = "cash", holder = "WONG Yuk Lan" }), HttpStatusCode.Forbidden, "not-your-holding");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/choices", new { choice = "a boat" }), HttpStatusCode.BadRequest, "bad-choice");
        var mine = await chan.GetStringAsync(Api);
        Assert.DoesNotContain("WONG Yuk Lan", mine, StringComparison.Ordinal);
        var own = JsonDocument.Parse(mine).RootElement;
        Assert.Equal(["CHAN Tai Man"], own.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("holder").GetString()));
        Assert.True(own.GetProperty("windowOpen").GetBoolean());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("seed").ValueKind);

        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/window/close", new { }), HttpStatusCode.Conflict, "window-still-open");
        clock.Advance(TimeSpan.FromDays(15));
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/choices", new { choice = "cash" }), HttpStatusCode.Conflict, "window-closed");

        var closed = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/window/close", new { }));
        var seed = closed.GetProperty("seed").GetString()!;
        Assert.Equal(["CHAN Tai Man"], closed.GetProperty("order").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal($"redev lottery order --seed {seed} --holdings FILE", closed.GetProperty("recomputeCommand").GetString());
        var after = await ApiClient.JsonAsync(await chan.GetAsync(Api));
        Assert.Equal(seed, after.GetProperty("seed").GetString());
        Assert.Equal(1, after.GetProperty("positions")[0].GetProperty("lotteryPlace").GetInt32());

        // Picks in order, then the flats nobody picked; the payout only after both.
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/flats/3A/keep", new { }), HttpStatusCode.Conflict, "picks-unfinished");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/payouts", new { kind = "sale", feeRate = "0.01" }), HttpStatusCode.Conflict, "picks-unfinished");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/picks", new { holder = "WONG Yuk Lan", flat = "3A" }), HttpStatusCode.Conflict, "not-your-turn");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/picks", new { holder = "CHAN Tai Man", flat = "9Z" }), HttpStatusCode.NotFound, "unknown-flat");
        var pick = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/picks", new { holder = "CHAN Tai Man", flat = "6A", bankReference = "TOPUP-CHAN" }));
        Assert.Equal("6A", pick.GetProperty("flat").GetString());
        Assert.False(pick.GetProperty("passed").GetBoolean());
        Assert.True(pick.GetProperty("units").GetInt64() > 0);
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/picks", new { holder = "CHAN Tai Man", flat = "6B" }), HttpStatusCode.Conflict, "already-picked");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/payouts", new { kind = "sale", feeRate = "0.01" }), HttpStatusCode.Conflict, "flats-undisposed");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/flats/6A/sale", new { price = "6000000", costs = "0", buyer = "B", bankReference = "S-6A" }),
            HttpStatusCode.Conflict, "flat-taken");
        foreach (var flat in new[] { "3A", "3B", "5A", "6B", "7A" })
        {
            var sold = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/flats/{flat}/sale",
                new { price = "6500000", costs = "80000.50", buyer = "Buyer of " + flat, bankReference = "SALE-" + flat }));
            Assert.Equal("sold", sold.GetProperty("status").GetString());
            Assert.Equal(650_000_000, sold.GetProperty("priceCents").GetInt64());
        }

        var proposed = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/payouts", new { kind = "sale", feeRate = "0.01", creditors = new[] { "Lee & Co (solicitors)=125000" } }));
        var key = proposed.GetProperty("key").GetString()!;
        var hash = proposed.GetProperty("batchSha256").GetString()!;
        Assert.Equal("sale-1", key);
        Assert.Contains(proposed.GetProperty("lines").EnumerateArray(), l => l.GetProperty("step").GetString() == "selling-costs");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/payouts", new { kind = "rent" }), HttpStatusCode.BadRequest, "bad-payout-kind");
        await ApiClient.ProblemAsync(await notary.PostAsJsonAsync($"{Api}/payouts/sale-1/approve", new { batchSha256 = new string('0', 64) }), HttpStatusCode.BadRequest, "payout-mismatch");
        await ApiClient.ProblemAsync(await notary.PostAsJsonAsync($"{Api}/payouts/sale-9/approve", new { batchSha256 = hash }), HttpStatusCode.NotFound, "no-payout");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/close", new { }), HttpStatusCode.Conflict, "not-completed");

        var paid = await ApiClient.JsonAsync(await notary.PostAsJsonAsync($"{Api}/payouts/{key}/approve", new { batchSha256 = hash }));
        Assert.Equal(hash, paid.GetProperty("batchSha256").GetString());
        // Approving again answers the payout as paid; it moves nothing twice.
        Assert.Equal(hash, (await ApiClient.JsonAsync(await notary.PostAsJsonAsync($"{Api}/payouts/{key}/approve", new { batchSha256 = hash }))).GetProperty("batchSha256").GetString());

        // The owner sees its own lines of the payout and the costs, never a neighbour's.
        var ownPaid = await ApiClient.JsonAsync(await chan.GetAsync(Api));
        Assert.All(ownPaid.GetProperty("paid")[0].GetProperty("lines").EnumerateArray(), l => Assert.Contains(l.GetProperty("holder").GetString(), new[] { "", "CHAN Tai Man" }));

        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"/api/schemes/{S}/advance", new { to = "distributed" }));
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/close", new { }), HttpStatusCode.Forbidden, "forbidden");
        var view = await ApiClient.JsonAsync(await convener.GetAsync(Api));
        if (view.GetProperty("escrowCents").GetInt64() > 0)
        {
            await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/close", new { }), HttpStatusCode.Conflict, "escrow-not-empty");
        }
        var done = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/close", new { residueTo = "Urban Renewal Authority" }));
        Assert.Equal("closed", done.GetProperty("state").GetString());
        Assert.True(done.GetProperty("finalStatements").GetInt32() > 1);

        var statements = (await ApiClient.JsonAsync(await chan.GetAsync(Api))).GetProperty("statements").EnumerateArray().ToArray();
        var statement = Assert.Single(statements);
        Assert.Equal("CHAN Tai Man", statement.GetProperty("holder").GetString());
        Assert.Equal("6A", statement.GetProperty("flat").GetString());
        Assert.Equal(64, statement.GetProperty("entriesSha256").GetString()!.Length);
        Assert.Equal("closed", (await ApiClient.JsonAsync(await chan.GetAsync(Api))).GetProperty("state").GetString());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task The_income_fund_keeps_a_flat_lets_it_and_records_rent_and_expenses_only_while_operating(StoreKind kind)
    {
        var (f, clock) = await CompletionSetup.StartAsync(kind);
        await using var _ = f;
        using var convener = await ApiClient.AsAsync(f, "convener");
        using var notary = await ApiClient.AsAsync(f, "notary");
        using var chan = await ApiClient.AsAsync(f, "chan");
        await CompletionSetup.CompleteAsync(f, clock);
        await ApiClient.JsonAsync(await CompletionSetup.ImportAsync(convener, CompletionSetup.Flats));
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/window", new { deadline = CompletionSetup.Today(clock, 3), @default = "cash" }));
        // The convener records the developer's choice from its signed form: it stays in the income fund.
        var recorded = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/choices", new { holder = "@developer", choice = "income" }));
        Assert.Equal("convener", recorded.GetProperty("by").GetString());
        clock.Advance(TimeSpan.FromDays(4));
        var closed = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/window/close", new { }));
        Assert.Empty(closed.GetProperty("order").EnumerateArray());
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/picks", new { holder = "CHAN Tai Man", flat = "3A" }), HttpStatusCode.Conflict, "no-pick-due");

        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/flats/3A/keep", new { }), HttpStatusCode.Forbidden, "forbidden");
        var kept = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/flats/3A/keep", new { }));
        Assert.Equal("kept", kept.GetProperty("status").GetString());
        foreach (var flat in new[] { "3B", "5A", "6A", "6B", "7A" })
        {
            await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/flats/{flat}/sale", new { price = "6500000", costs = "50000", buyer = "Buyer " + flat, bankReference = "SALE-" + flat }));
        }
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/leases", new { flat = "3B", tenant = "T", monthlyRent = "20000", from = "2030-01", to = "2030-12" }),
            HttpStatusCode.NotFound, "flat-not-kept");
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/expenses", new { reference = "INV-1", amount = "1000", payee = "Plumber", what = "repairs" }),
            HttpStatusCode.Conflict, "not-completed");

        var escrow = (await ApiClient.JsonAsync(await convener.GetAsync(Api))).GetProperty("escrowCents").GetInt64();
        var amount = (escrow / 2 / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/payouts", new { kind = "sale" }), HttpStatusCode.BadRequest, "bad-amount");
        var proposed = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/payouts", new { kind = "sale", amount }));
        await ApiClient.JsonAsync(await notary.PostAsJsonAsync($"{Api}/payouts/{proposed.GetProperty("key").GetString()}/approve",
            new { batchSha256 = proposed.GetProperty("batchSha256").GetString() }));
        await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"/api/schemes/{S}/advance", new { to = "operating" }));

        var month = CompletionSetup.Today(clock)[..7];
        var lease = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/leases", new { flat = "3A", tenant = "Ms Tenant", monthlyRent = "24000", from = month, to = "2099-12" }));
        Assert.Equal(2_400_000, lease.GetProperty("monthlyRentCents").GetInt64());
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/leases", new { flat = "3A", tenant = "Mr Other", monthlyRent = "1", from = month, to = month }),
            HttpStatusCode.Conflict, "lease-overlap");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/rent", new { flat = "3A", month, bankReference = "RENT-1" }), HttpStatusCode.Forbidden, "forbidden");
        var rent = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/rent", new { flat = "3A", month, bankReference = "RENT-1" }));
        Assert.Equal(2_400_000, rent.GetProperty("amountCents").GetInt64());
        await ApiClient.ProblemAsync(await convener.PostAsJsonAsync($"{Api}/rent", new { flat = "3A", month = "2001-01", bankReference = "RENT-0" }), HttpStatusCode.NotFound, "no-lease");
        await ApiClient.ProblemAsync(await chan.PostAsJsonAsync($"{Api}/expenses", new { reference = "INV-1", amount = "1000", payee = "Plumber", what = "repairs" }),
            HttpStatusCode.Forbidden, "forbidden");
        var expense = await ApiClient.JsonAsync(await convener.PostAsJsonAsync($"{Api}/expenses", new { reference = "INV-1", amount = "1000", payee = "Plumber", what = "repairs" }));
        Assert.Equal(100_000, expense.GetProperty("amountCents").GetInt64());

        var view = await ApiClient.JsonAsync(await convener.GetAsync(Api));
        Assert.Equal("operating", view.GetProperty("state").GetString());
        Assert.Equal("Ms Tenant", Assert.Single(view.GetProperty("leases").EnumerateArray()).GetProperty("tenant").GetString());
        Assert.Empty((await ApiClient.JsonAsync(await chan.GetAsync(Api))).GetProperty("leases").EnumerateArray());
    }
}
