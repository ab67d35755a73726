using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Redev.Schemes;
using Spectre.Console;

namespace Redev.Cli.Schemes;

/// <summary>How a scheme is shown on the terminal: plain tables, Hong Kong time with its offset.</summary>
public static class SchemeView
{
    public static string HongKong(DateTimeOffset at) =>
        at.ToOffset(Scheme.HongKongOffset).ToString("yyyy-MM-dd HH:mm 'HKT (UTC'zzz')'", CultureInfo.InvariantCulture);

    public static void Show(CliIO io, Scheme s)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(s);
        var c = io.Console;
        c.WriteLine($"Scheme {s.Id}: {s.Name}");
        c.WriteLine($"State: {s.State}   Built: {s.Facts.CompletionYear}   Created: {HongKong(s.CreatedAt)}");
        if (s.EnrolmentDeadline is { } d)
        {
            c.WriteLine($"Enrolment deadline: {d:yyyy-MM-dd} (Hong Kong date)");
        }
        if (s.Terms is { } t)
        {
            c.WriteLine($"Terms: {t.PolicyName}, issue price {t.IssuePrice} per unit, weights by {(t.Weights == Redev.Allocation.WeightBasis.Shares ? "undivided shares" : "appraised value")}");
        }
        Thresholds(io, s);
        Progress(io, s);
        if (s.Register is { } r)
        {
            var table = new Table().Title("Building register").AddColumns("Lot", "Flat", "Use", "Shares", "Owner", "Fraction", "Mortgagee", "Consented");
            foreach (var e in r.Entries)
            {
                table.AddRow(Markup.Escape(e.Lot), Markup.Escape(e.Flat), e.Use.ToString().ToLowerInvariant(), e.Shares.ToString(),
                    Markup.Escape(e.Owner ?? "(common parts)"), e.IsCommon ? "" : e.OwnerFraction.ToString(), Markup.Escape(e.Mortgagee ?? ""),
                    e.Owner is null ? "" : s.Consents.Any(x => x.Owner == e.Owner) ? "yes" : "no");
            }
            c.Write(table);
        }
        if (s.History.Count > 0)
        {
            var h = new Table().Title("History").AddColumns("When", "From", "To", "Note");
            foreach (var e in s.History)
            {
                h.AddRow(HongKong(e.At), e.From.ToString(), e.To.ToString(), Markup.Escape(e.Note));
            }
            c.Write(h);
        }
    }

    public static void Thresholds(CliIO io, Scheme s)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(s);
        var recorded = s.AppliedThresholds.Count > 0;
        var list = s.ThresholdsFor(ThresholdTable.Cap545, Scheme.HongKongDate(io.Now));
        foreach (var t in list)
        {
            io.Console.WriteLine($"Lot {t.Lot}: threshold {t.ThresholdPercent}% ({t.ClassDescription}; age {t.AgeYears} years) " +
                                 $"— Cap. 545 rules of {t.Version}: {t.Source}{(recorded ? "" : " [would apply if enrolment opened today]")}");
        }
    }

    /// <summary>Enrolment per lot as a bar, in undivided shares against the threshold.</summary>
    public static void Progress(CliIO io, Scheme s)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(s);
        var thresholds = s.ThresholdsFor(ThresholdTable.Cap545, Scheme.HongKongDate(io.Now));
        foreach (var p in s.Progress())
        {
            var threshold = p.ThresholdPercent ?? thresholds.FirstOrDefault(t => t.Lot == p.Lot)?.ThresholdPercent;
            const int width = 40;
            var filled = p.CountableShares.Value == 0 ? 0 : (int)(p.ConsentedShares.Value * width / p.CountableShares.Value);
            var mark = threshold is { } th ? th * width / 100 : -1;
            var bar = new string(Enumerable.Range(0, width).Select(i => i == mark ? '|' : i < filled ? '#' : '.').ToArray());
            var met = threshold is { } x && p.Reaches(x) ? "threshold met" : "below threshold";
            io.Console.WriteLine(
                $"Lot {p.Lot} [{bar}] {p.PercentForDisplay.ToString("0.00", CultureInfo.InvariantCulture)}% " +
                $"({p.ConsentedShares}/{p.CountableShares} shares; {p.CommonShares} common-parts shares not counted)" +
                (threshold is { } y ? $"; threshold {y}%: {met}" : ""));
        }
    }

    public static string Json(Scheme s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var thresholds = s.ThresholdsFor(ThresholdTable.Cap545, Scheme.HongKongDate(now));
        var root = new JsonObject
        {
            ["id"] = s.Id.Value,
            ["name"] = s.Name,
            ["state"] = s.State.ToString(),
            ["completionYear"] = s.Facts.CompletionYear,
            ["designatedArea"] = s.Facts.DesignatedArea,
            ["enrolmentDeadline"] = s.EnrolmentDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["thresholdsRecorded"] = s.AppliedThresholds.Count > 0,
            ["thresholds"] = new JsonArray(thresholds.Select(t => (JsonNode)new JsonObject
            {
                ["lot"] = t.Lot, ["version"] = t.Version, ["class"] = t.ClassId, ["percent"] = t.ThresholdPercent, ["source"] = t.Source,
            }).ToArray()),
            ["progress"] = new JsonArray(s.Progress().Select(p => (JsonNode)new JsonObject
            {
                ["lot"] = p.Lot, ["countableShares"] = p.CountableShares.Value, ["consentedShares"] = p.ConsentedShares.Value,
                ["commonShares"] = p.CommonShares.Value, ["percent"] = p.PercentForDisplay,
            }).ToArray()),
            ["consents"] = new JsonArray(s.Consents.OrderBy(c => c.Owner, StringComparer.Ordinal).Select(c => (JsonNode)c.Owner).ToArray()),
            ["flats"] = s.Register?.Flats.Count(f => !f.IsCommon) ?? 0,
            ["owners"] = s.Register?.Owners.Count ?? 0,
        };
        return root.ToJsonString(CliJson.Options);
    }
}
