using System.Globalization;
using Redev.Building;
using Redev.Primitives;
using Redev.Registers;
using Redev.Text;

namespace Redev.Completion;

/// <summary>
/// Reads the new building's register: CSV with the header
/// <c>flat,floor,saleable_area_sqft,appraisal_1,appraisal_2,appraisal_3</c>, one flat per row, values in HKD.
/// Each flat's value is the median of its three appraisals, refused when they spread by more than 20% of
/// the median, as for the fund's valuations. The file is checked whole and refused whole, with every
/// problem at its line, so a register half right never reaches the choice window (docs/completion.md).
/// </summary>
public static class NewBuildingCsv
{
    public static readonly IReadOnlyList<string> Columns = ["flat", "floor", "saleable_area_sqft", "appraisal_1", "appraisal_2", "appraisal_3"];

    /// <summary>Most flats one register may list; far above any building a scheme redevelops.</summary>
    public const int MaxFlats = 5_000;

    /// <summary>Longest flat or floor name, in characters.</summary>
    public const int MaxNameLength = 20;

    public static NewBuildingParseResult Parse(string fileName, ReadOnlySpan<byte> utf8)
    {
        var text = RegisterLimits.Decode(fileName, utf8, out var problem);
        return text is null
            ? new NewBuildingParseResult(null, [problem! with { Message = "is not valid UTF-8 here; save the register as UTF-8 (CSV UTF-8 in a spreadsheet)" }])
            : Parse(fileName, text);
    }

    public static NewBuildingParseResult Parse(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Parse(text);
        }
        catch (FormatException)
        {
            return Fail(new InputProblem(fileName, 1, "file", "a quoted field is not closed before the end of the file"));
        }
        if (records.Count == 0)
        {
            return Fail(new InputProblem(fileName, 1, "file", $"is empty: expected the header {string.Join(",", Columns)} and at least one flat"));
        }
        var header = records[0];
        if (!header.Fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Columns))
        {
            return Fail(new InputProblem(fileName, header.Line, "header", $"must be {string.Join(",", Columns)} (in this order)", string.Join(",", header.Fields)));
        }
        if (records.Count == 1)
        {
            return Fail(new InputProblem(fileName, header.Line + 1, "file", "has no flats after the header"));
        }
        if (records.Count - 1 > MaxFlats)
        {
            return Fail(new InputProblem(fileName, records[MaxFlats + 1].Line, "file", $"lists more than {MaxFlats} flats"));
        }
        var problems = new List<InputProblem>();
        var flats = new List<NewFlat>();
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            if (ParseRow(fileName, record, firstLine, problems) is { } flat)
            {
                flats.Add(flat);
            }
        }
        return problems.Count > 0 ? new NewBuildingParseResult(null, problems) : new NewBuildingParseResult(flats, []);

        NewBuildingParseResult Fail(InputProblem p) => new(null, [p]);
    }

    private static NewFlat? ParseRow(string file, CsvRecord record, Dictionary<string, int> firstLine, List<InputProblem> problems)
    {
        var line = record.Line;
        var fields = record.Fields.Select(f => f.Trim()).ToArray();
        if (fields.Length != Columns.Count)
        {
            problems.Add(new InputProblem(file, line, fields.Length < Columns.Count ? Columns[fields.Length] : "row",
                $"the row has {fields.Length} field(s), the header {Columns.Count}"));
            return null;
        }
        var before = problems.Count;
        var flat = fields[0];
        if (flat.Length is 0 or > MaxNameLength || flat.Any(char.IsControl))
        {
            problems.Add(new InputProblem(file, line, "flat", $"must be 1 to {MaxNameLength} characters", flat));
        }
        else if (!firstLine.TryAdd(flat, line))
        {
            problems.Add(new InputProblem(file, line, "flat", $"appears twice (first on line {firstLine[flat]})", flat));
        }
        if (fields[1].Length is 0 or > MaxNameLength || fields[1].Any(char.IsControl))
        {
            problems.Add(new InputProblem(file, line, "floor", $"must be 1 to {MaxNameLength} characters", fields[1]));
        }
        long area = 0;
        if (!long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out area) || area is < 1 or > 1_000_000)
        {
            problems.Add(new InputProblem(file, line, "saleable_area_sqft", "is not a whole number of square feet from 1 to 1,000,000", fields[2]));
        }
        var appraisals = new List<Cents>(3);
        for (var i = 3; i < 6; i++)
        {
            if (Cents.TryParseHkd(fields[i], out var value) && value.Value > 0)
            {
                appraisals.Add(value);
            }
            else
            {
                problems.Add(new InputProblem(file, line, Columns[i], "is not a positive HKD amount with at most 2 decimals", fields[i]));
            }
        }
        if (problems.Count > before)
        {
            return null;
        }
        var round = appraisals.Select((v, i) => new Appraisal(new DateOnly(2000, 1, 1), Columns[3 + i], v, new string('0', 64))).ToArray();
        if (ValuationRound.Adopt(round, out _) is not { } median)
        {
            var mid = ValuationRound.Median(round);
            var spread = ValuationRound.Spread(round, mid);
            problems.Add(new InputProblem(file, line, "appraisal_1",
                $"the three appraisals spread by {(spread * Rational.FromInteger(100)).Floor()}% or more of their median, above the 20% allowed: the flat needs a new round of appraisals"));
            return null;
        }
        return new NewFlat(flat, fields[1], area, appraisals, median);
    }
}
