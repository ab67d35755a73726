using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Redev.Risk;
using Spectre.Console;

namespace Redev.Cli.Risk;

/// <summary>Prints a risk report: the plain warning first, then one row per owner; or JSON for programs.</summary>
public static class RiskView
{
    /// <summary>
    /// Whole HKD, half away from zero, without the currency sign: twelve columns of cents do not fit a
    /// terminal. The cents are in --json and in the developer and fund lines.
    /// </summary>
    private static string Hkd(Redev.Primitives.Cents c) =>
        Math.Round(c.ToDecimalDollars(), 0, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);

    private static string Pct(double p) => (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static void Table(CliIO io, RiskReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Warning is { } warning)
        {
            io.Console.WriteLine(warning);
            io.Console.WriteLine();
        }
        io.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: {report.Paths:N0} paths, seed {report.Seed}, {report.HorizonMonths} months; planned completion month {report.PlannedCompletionMonth}, mean {report.Diagnostics.MeanCompletionMonth:0.0}."));
        io.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Completed in {Pct((double)report.Succeeded / report.Paths)} of futures; failed before vesting in {Pct((double)report.FailedBeforeVesting / report.Paths)}; no buyer at the compulsory-sale auction in {Pct((double)report.NoBuyerAtAuction / report.Paths)} (owners keep their flats)."));
        var table = new Table().Border(TableBorder.Rounded).Title("What each owner may end with (whole HKD at the planned completion date; cash grown at the deposit rate; --json for cents)")
            .AddColumn("Owner").AddColumn(new TableColumn("Units").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Sell today").RightAligned().NoWrap()).AddColumn(new TableColumn("URA offer").RightAligned().NoWrap());
        foreach (var h in new[] { "5%", "25%", "median", "75%", "95%", "ES 5%", "P<sale", "P<offer" })
        {
            table.AddColumn(new TableColumn(h).RightAligned().NoWrap());
        }
        foreach (var o in report.Owners.Append(report.OwnersTogether))
        {
            if (o.Outcome is not { } s)
            {
                table.AddRow(Markup.Escape(o.Owner), "hold-out", Hkd(o.SaleGrown), Hkd(o.OfferGrown),
                    "bought out", "at appraisal", "+ premium", "", "", "", "", "");
                continue;
            }
            table.AddRow(Markup.Escape(o.Owner), o.Units.ToString(CultureInfo.InvariantCulture), Hkd(o.SaleGrown), Hkd(o.OfferGrown),
                Hkd(s.P5), Hkd(s.P25), Hkd(s.P50), Hkd(s.P75), Hkd(s.P95), Hkd(s.ExpectedShortfall5),
                Pct(o.ProbabilityBelowSale), Pct(o.ProbabilityBelowOffer));
        }
        io.Console.Write(table);
        io.Console.WriteLine("ES 5%: the average of the worst 5% of futures. P<sale, P<offer: the chance of ending below selling today, or below the owner's own acquisition offer.");
        io.Console.WriteLine("Each owner's own URA-style offer today, and how it is reached:");
        foreach (var o in report.Owners)
        {
            var mark = o.Outcome is { } s && s.P50 < o.OfferGrown ? " — median below this offer" : "";
            io.Console.WriteLine($"  {o.Owner}: {o.AcquisitionOffer}{mark}; {o.OfferBasis}");
        }
        foreach (var party in new[] { report.Developer, report.Fund })
        {
            var s = party.Outcome;
            io.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{party.Party}: median {s.P50} (5% {s.P5}, 95% {s.P95}, worst-5% average {s.ExpectedShortfall5}); ends below its alternative {party.Alternative} in {Pct(party.ProbabilityBelowAlternative)} of futures."));
        }
        io.Console.WriteLine("Rounding: " + RiskReport.RoundingRule);
    }

    public static string Json(RiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static JsonObject Summary(OutcomeSummary s) => new()
        {
            ["p5"] = s.P5.ToDecimalDollars(),
            ["p25"] = s.P25.ToDecimalDollars(),
            ["p50"] = s.P50.ToDecimalDollars(),
            ["p75"] = s.P75.ToDecimalDollars(),
            ["p95"] = s.P95.ToDecimalDollars(),
            ["mean"] = s.Mean.ToDecimalDollars(),
            ["expectedShortfall5"] = s.ExpectedShortfall5.ToDecimalDollars(),
        };
        static JsonObject Owner(OwnerRisk o) => new()
        {
            ["owner"] = o.Owner,
            ["holdOut"] = o.HoldOut,
            ["units"] = o.Units,
            ["marketValueHkd"] = o.MarketValue.ToDecimalDollars(),
            ["acquisitionOfferHkd"] = o.AcquisitionOffer.ToDecimalDollars(),
            ["offerBasis"] = o.OfferBasis,
            ["saleGrownHkd"] = o.SaleGrown.ToDecimalDollars(),
            ["offerGrownHkd"] = o.OfferGrown.ToDecimalDollars(),
            ["outcomeHkd"] = o.Outcome is { } s ? Summary(s) : null,
            ["probabilityBelowSale"] = o.ProbabilityBelowSale,
            ["probabilityBelowOffer"] = o.ProbabilityBelowOffer,
        };
        static JsonObject Party(PartyRisk p) => new()
        {
            ["alternativeHkd"] = p.Alternative.ToDecimalDollars(),
            ["outcomeHkd"] = Summary(p.Outcome),
            ["probabilityBelowAlternative"] = p.ProbabilityBelowAlternative,
        };
        var owners = new JsonArray();
        foreach (var o in report.Owners)
        {
            owners.Add(Owner(o));
        }
        var fan = new JsonArray();
        foreach (var f in report.Fan)
        {
            fan.Add(new JsonObject
            {
                ["month"] = f.Month,
                ["index"] = new JsonArray(f.Index.Select(v => (JsonNode)v).ToArray()),
                ["navPerUnitHkd"] = new JsonArray(f.NavPerUnit.Select(v => (JsonNode)v).ToArray()),
            });
        }
        var d = report.Diagnostics;
        var root = new JsonObject
        {
            ["warning"] = report.Warning,
            ["paths"] = report.Paths,
            ["seed"] = report.Seed,
            ["horizonMonths"] = report.HorizonMonths,
            ["plannedCompletionMonth"] = report.PlannedCompletionMonth,
            ["succeeded"] = report.Succeeded,
            ["failedBeforeVesting"] = report.FailedBeforeVesting,
            ["noBuyerAtAuction"] = report.NoBuyerAtAuction,
            ["ownersMedianBelowOffer"] = report.OwnersMedianBelowOffer,
            ["roundingRule"] = RiskReport.RoundingRule,
            ["owners"] = owners,
            ["ownersTogether"] = Owner(report.OwnersTogether),
            ["developer"] = Party(report.Developer),
            ["fund"] = Party(report.Fund),
            ["fanPercentiles"] = new JsonArray(5, 25, 50, 75, 95),
            ["fan"] = fan,
            ["diagnostics"] = new JsonObject
            {
                ["terminalLogIndexMean"] = d.TerminalLogIndexMean,
                ["terminalLogIndexVariance"] = d.TerminalLogIndexVariance,
                ["regimeOccupancy"] = new JsonArray(d.RegimeOccupancy.Select(v => (JsonNode)v).ToArray()),
                ["meanCompletionMonth"] = d.MeanCompletionMonth,
            },
        };
        return root.ToJsonString(CliJson.Options);
    }
}
