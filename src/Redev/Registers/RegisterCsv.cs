using System.Globalization;
using Redev.Primitives;
using Redev.Text;

namespace Redev.Registers;

/// <summary>
/// Reads a building register from CSV, one row per (flat, owner), and checks it whole before
/// anything can be stored. Every problem is collected, not only the first.
/// </summary>
public static class RegisterCsv
{
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["flat", "undivided_shares", "saleable_area_sqft", "owner", "owner_fraction", "appraised_value_hkd", "mortgagee", "use"];

    public static readonly IReadOnlyList<string> OptionalColumns = ["lot", "occupancy"];

    /// <summary>Parses the bytes of a file, refusing any that are not UTF-8 with the line they are on.</summary>
    public static RegisterParseResult Parse(string fileName, ReadOnlySpan<byte> utf8, bool requireAppraisals = false)
    {
        var text = RegisterLimits.Decode(fileName, utf8, out var problem);
        return text is null ? new RegisterParseResult(null, [problem!]) : Parse(fileName, text, requireAppraisals);
    }

    /// <summary>Parses <paramref name="text"/>, naming <paramref name="fileName"/> in every problem.</summary>
    /// <param name="requireAppraisals">True when weights are by appraised value, so every flat needs one.</param>
    public static RegisterParseResult Parse(string fileName, string text, bool requireAppraisals = false)
    {
        var problems = new List<InputProblem>();
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Parse(text);
        }
        catch (FormatException ex)
        {
            var line = int.TryParse(ex.Message.Split(':')[0].Replace("line ", "", StringComparison.Ordinal), out var l) ? l : 1;
            return Fail(new InputProblem(fileName, line, "file", "a quoted field is not closed before the end of the file"));
        }
        if (records.Count == 0)
        {
            return Fail(new InputProblem(fileName, 1, "file", "the register is empty: expected a header row and at least one flat"));
        }

        var header = records[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().ToLowerInvariant();
            if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name))
            {
                problems.Add(new InputProblem(fileName, header.Line, "header",
                    $"unknown column; expected {string.Join(",", RequiredColumns)} (and optionally lot, occupancy)", header.Fields[i]));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(new InputProblem(fileName, header.Line, "header", "column appears twice", header.Fields[i]));
            }
        }
        foreach (var missing in RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            problems.Add(new InputProblem(fileName, header.Line, missing, "missing column"));
        }
        if (problems.Count > 0)
        {
            return new RegisterParseResult(null, problems);
        }
        if (records.Count == 1)
        {
            return Fail(new InputProblem(fileName, header.Line + 1, "file", "the register is empty: no rows after the header"));
        }

        var entries = new List<RegisterEntry>();
        // A flat with a bad row is not checked as a whole: its fractions would not sum to 1 only
        // because a row is missing, and that second message would mislead.
        var brokenFlats = new HashSet<(string, string)>();
        foreach (var record in records.Skip(1))
        {
            var entry = ParseRow(fileName, record, columns, header.Fields.Count, requireAppraisals, problems);
            if (entry is not null)
            {
                entries.Add(entry);
            }
            else if (record.Fields.Count == header.Fields.Count)
            {
                var lot = columns.TryGetValue("lot", out var li) ? record.Fields[li].Trim() : "";
                brokenFlats.Add((lot.Length == 0 ? BuildingRegister.DefaultLot : lot, record.Fields[columns["flat"]].Trim()));
            }
        }
        CheckFlats(fileName, entries.Where(e => !brokenFlats.Contains((e.Lot, e.Flat))).ToList(), problems);
        RegisterLimits.CheckTotals(fileName, entries, problems);
        return problems.Count > 0
            ? new RegisterParseResult(null, problems)
            : new RegisterParseResult(new BuildingRegister(entries), []);

        RegisterParseResult Fail(InputProblem p) => new(null, [p]);
    }

    private static RegisterEntry? ParseRow(
        string file, CsvRecord record, Dictionary<string, int> columns, int width, bool requireAppraisals, List<InputProblem> problems)
    {
        var line = record.Line;
        var before = problems.Count;
        if (record.Fields.Count != width)
        {
            problems.Add(new InputProblem(file, line, "row", $"expected {width} fields, found {record.Fields.Count}"));
            return null;
        }
        string Get(string column) => columns.TryGetValue(column, out var i) ? record.Fields[i].Trim() : "";
        void Problem(string field, string message, string got) => problems.Add(new InputProblem(file, line, field, message, got));

        var lot = Get("lot");
        if (lot.Length == 0)
        {
            lot = BuildingRegister.DefaultLot;
        }
        var flat = Get("flat");
        if (flat.Length == 0)
        {
            Problem("flat", "is empty", flat);
        }

        var useText = Get("use");
        FlatUse use = FlatUse.Other;
        if (!Enum.TryParse(useText, ignoreCase: true, out use) || !Enum.IsDefined(use) || int.TryParse(useText, out _))
        {
            Problem("use", "must be residential, shop, office, industrial, carpark, other or common", useText);
        }
        var common = use == FlatUse.Common;

        var sharesText = Get("undivided_shares");
        long shares = 0;
        if (!long.TryParse(sharesText, NumberStyles.None, CultureInfo.InvariantCulture, out shares))
        {
            Problem("undivided_shares", sharesText.StartsWith('-') ? "must be a positive whole number" : "is not a whole number", sharesText);
        }
        else if (shares <= 0)
        {
            Problem("undivided_shares", "must be a positive whole number", sharesText);
        }

        var areaText = Get("saleable_area_sqft");
        decimal? area = null;
        if (areaText.Length > 0)
        {
            if (!decimal.TryParse(areaText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a))
            {
                Problem("saleable_area_sqft", "is not a number", areaText);
            }
            else if (a <= 0)
            {
                Problem("saleable_area_sqft", "must be positive", areaText);
            }
            else
            {
                area = a;
            }
        }
        else if (!common)
        {
            Problem("saleable_area_sqft", "is empty; every flat needs its saleable area", areaText);
        }

        var owner = Get("owner");
        var fractionText = Get("owner_fraction");
        var fraction = Rational.Zero;
        if (common)
        {
            if (owner.Length > 0)
            {
                Problem("owner", "must be empty on a common-parts row", owner);
            }
        }
        else
        {
            if (owner.Length == 0)
            {
                Problem("owner", "is empty; only common-parts rows (use = common) may have no owner", owner);
            }
            else if (RegisterLimits.IsReservedName(owner))
            {
                Problem("owner", "must not begin with @, which marks the ledger's own accounts", owner);
            }
            if (!Rational.TryParse(fractionText, out fraction))
            {
                Problem("owner_fraction", "is not a fraction such as 1, 1/2 or 2/5", fractionText);
            }
            else if (fraction.Sign <= 0 || fraction > Rational.One)
            {
                Problem("owner_fraction", "must be more than 0 and at most 1", fractionText);
            }
        }

        var appraisalText = Get("appraised_value_hkd");
        Cents? appraisal = null;
        if (appraisalText.Length > 0)
        {
            if (!Cents.TryParseHkd(appraisalText, out var c))
            {
                Problem("appraised_value_hkd", "is not an HKD amount with at most 2 decimals", appraisalText);
            }
            else if (c.Value <= 0)
            {
                Problem("appraised_value_hkd", "must be positive", appraisalText);
            }
            else
            {
                appraisal = c;
            }
        }
        else if (requireAppraisals && !common)
        {
            Problem("appraised_value_hkd", "is empty, but weights are by appraised value so every flat needs one", appraisalText);
        }

        var mortgagee = Get("mortgagee");
        if (RegisterLimits.IsReservedName(mortgagee))
        {
            Problem("mortgagee", "must not begin with @, which marks the ledger's own accounts", mortgagee);
        }
        var occupancyText = Get("occupancy");
        Occupancy? occupancy = null;
        if (occupancyText.Length > 0)
        {
            if (common)
            {
                Problem("occupancy", "must be empty on a common-parts row", occupancyText);
            }
            else if (!Occupancies.TryParse(occupancyText, out var o))
            {
                Problem("occupancy", $"must be {Occupancies.Expected}, or empty when not known", occupancyText);
            }
            else
            {
                occupancy = o;
            }
        }
        if (problems.Count > before)
        {
            return null;
        }
        return new RegisterEntry(lot, flat, new UndividedShares(shares), area, common ? null : owner,
            fraction, appraisal, mortgagee.Length == 0 ? null : mortgagee, use, line) { Occupancy = occupancy };
    }

    private static void CheckFlats(string file, List<RegisterEntry> entries, List<InputProblem> problems)
    {
        foreach (var flat in entries.GroupBy(e => (e.Lot, e.Flat)))
        {
            var rows = flat.ToArray();
            var first = rows[0];
            var name = first.Lot == BuildingRegister.DefaultLot ? first.Flat : $"{first.Flat} (lot {first.Lot})";
            foreach (var row in rows.Skip(1))
            {
                if (row.Shares != first.Shares)
                {
                    problems.Add(new InputProblem(file, row.Line, "undivided_shares",
                        $"differs from line {first.Line} for flat {name} ({first.Shares.Value})", row.Shares.Value.ToString(CultureInfo.InvariantCulture)));
                }
                if (row.Use != first.Use)
                {
                    problems.Add(new InputProblem(file, row.Line, "use",
                        $"differs from line {first.Line} for flat {name} ({first.Use.ToString().ToLowerInvariant()})", row.Use.ToString().ToLowerInvariant()));
                }
                if (row.AppraisedValue is { } v && first.AppraisedValue is { } f0 && v != f0)
                {
                    problems.Add(new InputProblem(file, row.Line, "appraised_value_hkd",
                        $"differs from line {first.Line} for flat {name} ({f0.ToDecimalString()}); it is the whole flat's value", v.ToDecimalString()));
                }
            }
            if (first.IsCommon)
            {
                if (rows.Length > 1)
                {
                    problems.Add(new InputProblem(file, rows[1].Line, "flat", $"common-parts allotment {name} appears more than once (first on line {first.Line})", first.Flat));
                }
                continue;
            }
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (!seen.TryAdd(row.Owner!, row.Line))
                {
                    problems.Add(new InputProblem(file, row.Line, "owner",
                        $"owner appears twice for flat {name} (first on line {seen[row.Owner!]})", row.Owner));
                }
            }
            var sum = rows.Aggregate(Rational.Zero, (s, r) => s + r.OwnerFraction);
            if (sum != Rational.One)
            {
                problems.Add(new InputProblem(file, rows[^1].Line, "owner_fraction",
                    $"fractions of flat {name} sum to {sum}, not 1 (lines {string.Join(", ", rows.Select(r => r.Line))})",
                    string.Join(" + ", rows.Select(r => r.OwnerFraction.ToString()))));
            }
        }
    }
}
