using System.Globalization;
using Redev.App.Completion;
using Redev.App.Tests.Support;
using Redev.Schemes;
using Redev.Store.Demo;

namespace Redev.App.Tests.Completion;

/// <summary>Drives a scheme to completion and through its choice window with a clock the test moves, so each test starts where its behaviour begins.</summary>
internal static class CompletionRun
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Six flats: three worth HK$8,000,000 and three worth HK$6,000,000 (each the median of three appraisals).</summary>
    public const string Flats = """
        flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3
        3A,3,520,7900000,8000000,8100000
        3B,3,520,7950000,8000000,8050000
        5A,5,520,7800000,8000000,8200000
        6A,6,390,5900000,6000000,6100000
        6B,6,390,5950000,6000000,6050000
        7A,7,390,5800000,6000000,6200000
        """;

    public static string Today(ManualClock clock, int plusDays = 0) =>
        Scheme.HongKongDate(clock.GetUtcNow()).AddDays(plusDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A completed equity scheme with its new building's register imported.</summary>
    public static async Task<string> CompletedAsync(TestApp t, ManualClock clock, string id)
    {
        await t.BuildingAsync(id);
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("foundations"), "Builder Ltd")));
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "2", TestApp.Hash("occupation permit"), "Builder Ltd")));
        foreach (var (firm, value) in new[] { ("A", "238000000"), ("B", "245000000"), ("C", "251000000") })
        {
            TestApp.Ok(await t.App.RecordAppraisal.RunAsync(TestApp.Certifier, new(id, Today(clock), firm, value, TestApp.Hash(firm))));
        }
        TestApp.Ok(await t.App.AdoptValuation.RunAsync(TestApp.Certifier, new(id, Today(clock))));
        TestApp.Ok(await t.App.Advance.RunAsync(TestApp.Convener, new(id, "completed")));
        TestApp.Ok(await t.App.ImportNewBuilding.RunAsync(TestApp.Convener, NewBuildingCommand.FromText(id, "new-building.csv", Flats)));
        return id;
    }

    /// <summary>Register owners holding only free units, largest first: the ones who can take a flat.</summary>
    public static async Task<IReadOnlyList<PositionView>> FreeOwnersAsync(TestApp t, string id) =>
        TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id)).Positions
            .Where(p => p.Units > 0 && p.PledgedUnits == 0 && !p.Holder.StartsWith('@'))
            .OrderByDescending(p => p.Units).ThenBy(p => p.Holder, StringComparer.Ordinal).ToArray();

    /// <summary>Opens the window, records <paramref name="choices"/>, lets the deadline pass and closes it.</summary>
    public static async Task<WindowClosedRecord> ChooseAndCloseAsync(TestApp t, ManualClock clock, string id, string fallback, params (string Holder, string Choice)[] choices)
    {
        TestApp.Ok(await t.App.OpenChoiceWindow.RunAsync(TestApp.Convener, new(id, Today(clock, 14), fallback)));
        foreach (var (holder, choice) in choices)
        {
            TestApp.Ok(await t.App.MakeChoice.RunAsync(TestApp.Convener, new(id, holder, choice)));
        }
        clock.Advance(TimeSpan.FromDays(15));
        return TestApp.Ok(await t.App.CloseChoiceWindow.RunAsync(TestApp.Convener, id));
    }

    /// <summary>Each holder in lottery order takes the first available flat, paying any top-up.</summary>
    public static async Task PickInOrderAsync(TestApp t, string id, WindowClosedRecord closed)
    {
        foreach (var holder in closed.Order)
        {
            var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));
            var flat = view.Flats.First(f => f.Status == "available").Flat;
            TestApp.Ok(await t.App.TakeFlat.RunAsync(TestApp.Convener, new(id, holder, flat, "TOPUP-" + holder.GetHashCode(StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture))));
        }
    }

    public static async Task SellRestAsync(TestApp t, string id)
    {
        var view = TestApp.Ok(await t.App.Completion.RunAsync(TestApp.Convener, id));
        foreach (var f in view.Flats.Where(f => f.Status == "available"))
        {
            var price = (f.ValueCents / 100 + 12_345).ToString(CultureInfo.InvariantCulture);
            TestApp.Ok(await t.App.DisposeFlat.RunAsync(TestApp.Convener, new(id, f.Flat, false, price, "80000.50", "Buyer of " + f.Flat, "SALE-" + f.Flat)));
        }
    }

    public static async Task<PayoutRecord> PayAsync(TestApp t, string id, PayoutCommand command)
    {
        var proposed = TestApp.Ok(await t.App.ProposePayout.RunAsync(TestApp.Convener, command));
        return TestApp.Ok(await t.App.ApprovePayout.RunAsync(TestApp.Notary, new(id, proposed.Key, proposed.BatchSha256)));
    }

    public static readonly IReadOnlySet<string> HoldOuts = DemoData.HoldOuts;
}
