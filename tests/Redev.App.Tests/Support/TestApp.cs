using Redev.App;
using Redev.Holders;
using Redev.Store;
using Redev.Store.Accounts;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Support;

/// <summary>An application layer on a fresh store of one engine, with a notary key of its own.</summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(RedevApp app) => App = app;

    public RedevApp App { get; }

    public static readonly Caller Convener = new("convener", Role.Convener);
    public static readonly Caller Notary = new("notary", Role.Notary);

    public static readonly Caller Certifier = new("certifier", Role.Certifier);

    public static async Task<TestApp> StartAsync(StoreKind kind, TimeProvider? clock = null)
    {
        var location = await TestStores.FreshAsync(kind);
        var key = Path.Combine(Path.GetTempPath(), "redev-tests", $"notary-{Guid.NewGuid():N}.pem");
        return new TestApp(await RedevApp.OpenAsync(location, clock ?? TimeProvider.System, notaryKeyPath: key));
    }

    /// <summary>A two-milestone schedule (foundations, then the occupation permit) for terms that must vest.</summary>
    public const string Schedule = "Foundations | 40 | 2028-06-30; Occupation permit | 60 | 2029-12-31";

    /// <summary>A draft scheme with the demo register and the equity terms of the demo.</summary>
    public async Task<string> DraftAsync(string id)
    {
        Ok(await App.CreateScheme.RunAsync(Convener, new("" + id, "Test building " + id, 1962)));
        Ok(await App.ImportRegister.RunAsync(Convener, Redev.App.Schemes.ImportRegisterCommand.FromText(id, "register.csv", DemoData.RegisterCsvText())));
        Ok(await App.SetTerms.RunAsync(Convener, new(id, new Redev.App.Allocation.TermsText("equity", "10", "shares", "168000000", "150000000", Milestones: TestApp.Schedule))));
        return id;
    }

    /// <summary>Takes a draft through enrolment with every owner but <paramref name="holdOuts"/> consenting, to vesting.</summary>
    public async Task<Redev.App.Schemes.Advanced> VestAsync(string id, IReadOnlySet<string> holdOuts)
    {
        var scheme = Ok(await App.Schemes.GetAsync(Convener, id));
        foreach (var owner in scheme.Register!.Owners.Where(o => !holdOuts.Contains(o)))
        {
            Ok(await App.Consent.GiveAsync(Convener, new(id, owner)));
        }
        Ok(await App.Advance.RunAsync(Convener, new(id, "enrolling", Redev.Schemes.Scheme.HongKongDate(DateTimeOffset.UtcNow).AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        return Ok(await App.Advance.RunAsync(Convener, new(id, "vested")));
    }

    /// <summary>
    /// A vested equity scheme with the developer's whole cost (HK$150,000,000) deposited and building started:
    /// ready for its two milestones to be certified.
    /// </summary>
    public async Task<string> BuildingAsync(string id)
    {
        await DraftAsync(id);
        await VestAsync(id, DemoData.HoldOuts);
        Ok(await App.DepositEscrow.RunAsync(Notary, new(id, "150000000", "BANK-" + id)));
        Ok(await App.Advance.RunAsync(Convener, new(id, "building")));
        return id;
    }

    /// <summary>A SHA-256 in hex, standing for a document's hash.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>A sign-in with a holder registered for it by the notary.</summary>
    public async Task<Caller> HolderAsync(string userName, Role role, string holderId)
    {
        Assert.True(await App.Store.Users.CreateAsync(new UserAccount(userName, userName, role.Name(), "x", 0, null, DateTimeOffset.UtcNow)));
        Ok(await App.RegisterHolder.RunAsync(Notary, new(holderId, "person", userName, "", userName)));
        return new Caller(userName, role);
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        return result.Value!;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
