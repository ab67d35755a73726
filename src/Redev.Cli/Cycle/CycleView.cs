using Redev.Cycle;
using Spectre.Console;

namespace Redev.Cli.Cycle;

/// <summary>Prints a cycle report for people: turning points, episodes, the last year of months, and today's checklist.</summary>
public static class CycleView
{
    private const int RecentMonths = 12;

    public static void Print(CliIO io, CycleReport report)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(report);
        var points = new Table().Title($"Turning points of {Markup.Escape(report.Market)} (retrospective, data to {report.AsOf})")
            .Border(TableBorder.Rounded).AddColumn("Series").AddColumn("Type").AddColumn("Month").AddColumn("Confirmed").AddColumn(new TableColumn("Lag (months)").RightAligned());
        void Add(string label, DatedSeries? s)
        {
            foreach (var t in s?.Retrospective ?? [])
            {
                points.AddRow(Markup.Escape(label), t.Type == TurningPointType.Trough ? "trough" : "peak", t.Month.ToString(), t.ConfirmedMonth.ToString(), t.ConfirmationLagMonths.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        Add("volume", report.Volume);
        Add("inventory", report.Inventory);
        Add("price", report.Price);
        foreach (var (name, s) in report.CorePrices)
        {
            Add("core: " + name, s);
        }
        foreach (var (name, s) in report.Growth)
        {
            Add("growth: " + name, s);
        }
        io.Console.Write(points);

        var episodes = new Table().Title("Episodes (retrospective)").Border(TableBorder.Rounded)
            .AddColumn("Volume trough").AddColumn("Inventory peak").AddColumn("Price trough").AddColumn("Order held")
            .AddColumn(new TableColumn("Spread at trough (bp)").RightAligned()).AddColumn("Core leads (months)").AddColumn("Growth improving");
        foreach (var e in report.Episodes)
        {
            episodes.AddRow(e.VolumeTrough?.ToString() ?? "-", e.InventoryPeak?.ToString() ?? "-", e.PriceTrough.ToString(), YesNo(e.OrderHeld),
                e.YieldGapBpAtPriceTrough?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(string.Join(", ", e.CoreLeadMonths.Select(kv => $"{kv.Key} {kv.Value}"))), YesNo(e.GrowthImproving));
        }
        io.Console.Write(episodes);

        var months = new Table().Title("Last months (real time: only data published by each month)").Border(TableBorder.Rounded)
            .AddColumn("Month").AddColumn("Stage").AddColumn(new TableColumn("Spread (bp)").RightAligned()).AddColumn("Money easy").AddColumn("Growth improving").AddColumn("Verdict");
        foreach (var m in report.Monthly.TakeLast(RecentMonths))
        {
            months.AddRow(m.Month.ToString(), m.Stage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "cannot tell",
                m.YieldGapBp?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", YesNo(m.MoneyEasy), YesNo(m.GrowthImproving), CycleJson.Verdict(m.Verdict));
        }
        io.Console.Write(months);

        if (report.Current is { } now)
        {
            io.Console.WriteLine($"{report.AsOf}: stage {now.Stage?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "cannot tell"}, verdict {CycleJson.Verdict(now.Verdict)}.");
            foreach (var missing in now.Missing)
            {
                io.Console.WriteLine("  missing: " + missing);
            }
            foreach (var note in report.Notes)
            {
                io.Console.WriteLine("  note: " + note);
            }
        }
    }

    private static string YesNo(bool? b) => b switch { true => "yes", false => "no", null => "-" };
}
