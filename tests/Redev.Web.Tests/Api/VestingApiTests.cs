using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Redev.Allocation;
using Redev.Holders;
using Redev.Registers;
using Redev.Store;
using Redev.Store.Demo;
using Redev.Store.Tests.Support;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Api;

/// <summary>Vesting through the API issues the units: the same use case as the command line, on both engines.</summary>
public class VestingApiTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Vesting_through_the_api_issues_exactly_the_units_the_allocator_computes(StoreKind kind)
    {
        await using var f = await WebFactory.StartAsync(kind);
        using var http = await ApiClient.AsAsync(f, "convener");
        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes", new { id = "api-vest", name = "API vesting", completionYear = 1962 }), HttpStatusCode.Created);
        await ApiClient.JsonAsync(await http.PostAsync("/api/schemes/api-vest/register", new StringContent(DemoData.RegisterCsvText(), Encoding.UTF8, "text/csv")));
        await ApiClient.JsonAsync(await http.PutAsJsonAsync("/api/schemes/api-vest/terms",
            new { policy = "equity", issuePrice = "10", siteValue = "168000000", constructionCost = "150000000", milestones = Building.BuildingApiTests.Schedule }));
        var register = DemoData.Register();
        var consenting = register.Owners.Where(o => !DemoData.HoldOuts.Contains(o)).ToArray();
        foreach (var owner in consenting)
        {
            await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes/api-vest/consents", new { owner }));
        }
        var deadline = Redev.Schemes.Scheme.HongKongDate(DateTimeOffset.UtcNow).AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes/api-vest/advance", new { to = "enrolling", deadline }));

        var vested = await ApiClient.JsonAsync(await http.PostAsJsonAsync("/api/schemes/api-vest/advance", new { to = "vested" }));

        Assert.Equal("vested", vested.GetProperty("state").GetString());
        var expected = Allocator.Allocate(register, DemoData.Equity(), out var refusal, consenting.ToHashSet(StringComparer.Ordinal));
        Assert.Null(refusal);
        foreach (var line in expected!.Lines.Where(l => l.Role != HolderRole.Developer))
        {
            var holder = LedgerHolders.ForAllocation(line.Holder, line.Role);
            var holdings = await ApiClient.JsonAsync(await http.GetAsync($"/api/holdings?holder={Uri.EscapeDataString(holder)}"));
            var here = holdings.EnumerateArray().Single(h => h.GetProperty("scheme").GetString() == "api-vest");
            var units = here.GetProperty("freeUnits").GetInt64() + here.GetProperty("pledged").EnumerateArray().Sum(p => p.GetProperty("units").GetInt64());
            Assert.Equal(line.Units.Value, units);
        }
    }
}
