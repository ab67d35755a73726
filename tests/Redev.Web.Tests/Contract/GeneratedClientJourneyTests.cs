using System.Net.Http.Headers;
using System.Text;
using Redev.Store;
using Redev.Store.Tests.Support;
using Redev.Web.Hosting;
using Redev.Web.Tests.Contract.Generated;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Contract;

/// <summary>
/// The convener → owner → notary journey through the C# client NSwag generates from the committed
/// OpenAPI snapshot: if the document lied about a path, a body, a status or a problem, this would not
/// compile or would fail. Nothing here is hand-written HTTP or JSON.
/// </summary>
public class GeneratedClientJourneyTests
{
    private const string Scheme = "gen-88";
    private const string ChanHolder = "h-chan-tai-man";
    // A registered holder as the ledger names it (its id after @holder:, as holdings show it): transfers name ledger holders.
    private const string WongHolder = "@holder:h-wong-yuk-lan";

    private static async Task<RedevApiClient> ClientAsync(WebFactory f, string user)
    {
        var http = f.Api();
        var token = await new RedevApiClient(http).CreateTokenAsync(new TokenRequest { UserName = user, Password = DemoUsers.Get(user).Password });
        Assert.Equal(user, token.UserName);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return new RedevApiClient(http);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_scheme_is_created_and_vested_and_an_owner_transfers_units_and_reads_a_receipt(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        var convener = await ClientAsync(f, "convener");
        var notary = await ClientAsync(f, "notary");
        var chan = await ClientAsync(f, "chan");

        // The convener: a draft, its register, its terms, the owners' consents, enrolment, vesting.
        var created = await convener.CreateSchemeAsync(new CreateSchemeCommand { Id = Scheme, Name = "88 Generated Street", CompletionYear = 1962 });
        Assert.Equal("draft", created.State);
        await using var csv = new MemoryStream(Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(
            Path.Combine(RepoRoot.Path, "src", "Redev.Store", "Demo", "demo-register.csv"), TestContext.Current.CancellationToken)));
        var registered = await convener.ImportRegisterAsync(Scheme, new FileParameter(csv, "demo-register.csv", "text/csv"));
        Assert.NotEmpty(registered.Register);
        await convener.SetTermsAsync(Scheme, new TermsText { Policy = "equity", IssuePrice = "10", Weights = "shares", SiteValue = "168000000", ConstructionCost = "150000000",
            Milestones = Redev.Web.Tests.Building.BuildingApiTests.Schedule, GraceDays = "90" });
        foreach (var owner in registered.Register.Select(r => r.Owner).OfType<string>().Distinct())
        {
            await convener.GiveConsentAsync(Scheme, new ConsentInput { Owner = owner });
        }
        var deadline = DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("enrolling", (await convener.AdvanceSchemeAsync(Scheme, new AdvanceInput { To = "enrolling", Deadline = deadline })).State);
        Assert.Equal("vested", (await convener.AdvanceSchemeAsync(Scheme, new AdvanceInput { To = "vested" })).State);

        // The notary links the register owner to chan's holder, having checked an HKID.
        var link = await notary.CreateOwnerLinkAsync(Scheme, new OwnerLinkInput { Owner = "CHAN Tai Man", Holder = ChanHolder, DocumentType = "hkid" });
        Assert.Equal(ChanHolder, link.Holder);

        // The owner sees the units, and proposes a transfer of some of them.
        var holding = Assert.Single(await chan.ListHoldingsAsync(null), h => h.Scheme == Scheme);
        Assert.True(holding.FreeUnits > 0, "the vested owner holds units");
        var units = holding.FreeUnits / 4;
        var proposed = await chan.ProposeTransferAsync(new ProposeCommand { Scheme = Scheme, From = holding.Holder, To = WongHolder, Units = units, Note = "to my sister" });
        Assert.Equal("pending", proposed.Status);

        // A refusal comes back as the declared problem: its code, its trace id.
        var refused = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() =>
            chan.ProposeTransferAsync(new ProposeCommand { Scheme = Scheme, From = holding.Holder, To = WongHolder, Units = holding.FreeUnits * 10 }));
        Assert.Equal(422, refused.StatusCode);
        Assert.Equal("insufficient", refused.Result.Code);
        Assert.False(string.IsNullOrEmpty(refused.Result.TraceId));

        // The notary approves it and signs a checkpoint; the owner's units moved.
        Assert.Equal("approved", (await notary.ApproveTransferAsync(proposed.Id)).Status);
        var checkpoint = await notary.SignCheckpointAsync(Scheme);
        var after = Assert.Single(await chan.ListHoldingsAsync(null), h => h.Scheme == Scheme);
        Assert.Equal(holding.FreeUnits - units, after.FreeUnits);

        // The owner's receipt holds the transfer, under the notary's checkpoint, and nothing the document does not describe.
        var receipt = await chan.GetReceiptAsync(Scheme, null);
        Assert.Equal(holding.Holder, receipt.Holder);
        Assert.Equal(checkpoint.Count, receipt.Checkpoint.Count);
        Assert.Equal(checkpoint.PublicKey, receipt.NotaryPublicKeyPem);
        Assert.Contains(receipt.Entries, e => e.Entry.Id == proposed.Id && e.Entry.Amount == units && e.Entry.Kind == "pending");
        Assert.Contains(receipt.Entries, e => e.Entry.PendingId == proposed.Id && e.Entry.Kind == "postPending");
        Assert.Empty(receipt.AdditionalProperties);
        Assert.Empty(receipt.Checkpoint.AdditionalProperties);
        Assert.All(receipt.Entries, e =>
        {
            Assert.Empty(e.AdditionalProperties);
            Assert.Empty(e.Entry.AdditionalProperties);
            Assert.Empty(e.Entry.Debit.AdditionalProperties);
            Assert.NotEmpty(e.Proof);
        });
    }

    [Fact]
    public async Task A_markets_signals_are_read_through_the_client_in_the_documented_shape()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        var investor = await ClientAsync(f, "investor");

        var market = (await investor.ListMarketsAsync()).First();
        var signals = await investor.GetMarketSignalsAsync(market.Id, null);

        Assert.Equal(market.Name, signals.Market);
        Assert.NotEmpty(signals.Monthly);
        Assert.Empty(signals.AdditionalProperties);
        Assert.Empty(signals.TurningPoints.AdditionalProperties);
        Assert.All(signals.Monthly, m => Assert.Empty(m.AdditionalProperties));
        Assert.All(signals.Episodes, e => Assert.Empty(e.AdditionalProperties));
        Assert.Empty(signals.Current!.AdditionalProperties);
    }
}
