using System.Globalization;
using System.Numerics;
using Redev.Primitives;

namespace Redev.Building;

/// <summary>
/// The construction schedule written into a scheme's terms: milestones in the order they must be
/// certified, whose shares of the cost add up to exactly 100%, and the grace period after a missed
/// target date before the developer is in default. The last milestone is the occupation permit: a
/// scheme completes only once it is certified.
/// </summary>
public sealed partial record MilestoneSchedule
{
    /// <summary>100% in basis points.</summary>
    public const int WholeBasisPoints = 10_000;

    /// <summary>Most milestones a schedule may have: a building contract has a handful, never hundreds.</summary>
    public const int MaxMilestones = 40;

    /// <summary>Longest grace period in days (five years): past that a "delay" is no longer a schedule.</summary>
    public const int MaxGraceDays = 1826;

    public MilestoneSchedule(IReadOnlyList<Milestone> milestones, int graceDays)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        if (Check(milestones, graceDays) is { } problem)
        {
            throw new ArgumentException(problem.Message, nameof(milestones));
        }
        Milestones = [.. milestones];
        GraceDays = graceDays;
    }

    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Days after a milestone's target date during which it is late but not a default.</summary>
    public int GraceDays { get; }

    /// <summary>Why these milestones cannot make a schedule, or null.</summary>
    public static Refusal? Check(IReadOnlyList<Milestone> milestones, int graceDays)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        if (milestones.Count is 0 or > MaxMilestones)
        {
            return Refusal.With("bad-milestones", $"milestones: a schedule has 1 to {MaxMilestones} milestones (got {milestones.Count}).", ("count", milestones.Count.ToString(CultureInfo.InvariantCulture)));
        }
        var sum = milestones.Sum(m => m.ShareBasisPoints);
        if (sum != WholeBasisPoints)
        {
            return Refusal.With("milestone-shares", $"milestones: the shares of the construction cost add up to {sum / 100m:0.##}%, not exactly 100%.",
                ("percent", (sum / 100m).ToString("0.##", CultureInfo.InvariantCulture)));
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < milestones.Count; i++)
        {
            if (!names.Add(milestones[i].Name))
            {
                return Refusal.With("bad-milestones", $"milestones: \"{milestones[i].Name}\" appears twice; each milestone needs its own name.", ("name", milestones[i].Name));
            }
            if (i > 0 && milestones[i].TargetDate < milestones[i - 1].TargetDate)
            {
                return Refusal.With("bad-milestones", $"milestones: \"{milestones[i].Name}\" is due before the milestone listed ahead of it; list them in the order they are built.", ("name", milestones[i].Name));
            }
        }
        return graceDays is < 0 or > MaxGraceDays
            ? Refusal.With("bad-grace-days", $"graceDays: {graceDays} is not between 0 and {MaxGraceDays}.", ("days", graceDays.ToString(CultureInfo.InvariantCulture)))
            : null;
    }

    /// <summary>
    /// Parses the schedule as terms write it: one milestone per line (or separated by ';'), each
    /// <c>name | percent | YYYY-MM-DD</c>, e.g. <c>Superstructure | 35 | 2028-03-31</c>.
    /// </summary>
    public static MilestoneSchedule? Parse(string? text, int graceDays, out Refusal? refusal)
    {
        var milestones = new List<Milestone>();
        var entries = (text ?? "").Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < entries.Length; i++)
        {
            var where = $"milestones, entry {i + 1}";
            var fields = entries[i].Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 3 || fields[0].Length == 0)
            {
                refusal = Refusal.With("bad-milestones", $"{where}: \"{entries[i]}\" is not \"name | percent | YYYY-MM-DD\".", ("entry", (i + 1).ToString(CultureInfo.InvariantCulture)));
                return null;
            }
            if (fields[0].Length > Milestone.MaxNameLength)
            {
                refusal = Refusal.With("bad-milestones", $"{where}: the name has more than {Milestone.MaxNameLength} characters.", ("entry", (i + 1).ToString(CultureInfo.InvariantCulture)));
                return null;
            }
            if (!TryBasisPoints(fields[1].TrimEnd('%'), out var bp))
            {
                refusal = Refusal.With("bad-milestones", $"{where}: \"{fields[1]}\" is not a percentage above 0 and at most 100 with at most two decimals.", ("entry", (i + 1).ToString(CultureInfo.InvariantCulture)));
                return null;
            }
            if (!DateOnly.TryParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                refusal = Refusal.With("bad-milestones", $"{where}: \"{fields[2]}\" is not a date written YYYY-MM-DD.", ("entry", (i + 1).ToString(CultureInfo.InvariantCulture)));
                return null;
            }
            milestones.Add(new Milestone(fields[0], bp, due));
        }
        refusal = Check(milestones, graceDays);
        return refusal is null ? new MilestoneSchedule(milestones, graceDays) : null;
    }

    /// <summary>
    /// <paramref name="text"/>, a schedule as <see cref="Parse"/> reads it, with each entry's name passed through
    /// <paramref name="name"/> and everything else kept as written. A page shows the standard milestones in its
    /// reader's language and reads them back to their names this way; an entry it cannot read is left for
    /// <see cref="Parse"/> to refuse, as the person wrote it.
    /// </summary>
    public static string RenameEntries(string? text, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return EntryText().Replace(text ?? "", m =>
        {
            var bar = m.Value.IndexOf('|', StringComparison.Ordinal);
            var written = bar < 0 ? "" : m.Value[..bar].Trim();
            if (written.Length == 0)
            {
                return m.Value;
            }
            var start = m.Value.IndexOf(written, StringComparison.Ordinal);
            return m.Value[..start] + name(written) + m.Value[(start + written.Length)..];
        });
    }

    /// <summary>The schedule in the form <see cref="Parse"/> reads, one milestone per line.</summary>
    public string ToText() => string.Join("\n", Milestones.Select(m =>
        $"{m.Name} | {m.SharePercent} | {m.TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// How much of <paramref name="total"/> is due once milestones 1..<paramref name="through"/> are certified:
    /// the exact running share rounded to the nearest whole amount, halves up. Each milestone's piece is the
    /// difference of two running totals, so the pieces add up to <paramref name="total"/> exactly and the
    /// running total is never more than half a unit (or cent) away from the exact share of work certified.
    /// </summary>
    public long CumulativeAmount(long total, int through)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(through);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(through, Milestones.Count);
        var bp = Milestones.Take(through).Sum(m => (long)m.ShareBasisPoints);
        var exact = new Rational(new BigInteger(total) * bp, WholeBasisPoints);
        var floor = exact.Floor();
        var rounded = exact - Rational.FromInteger(floor) >= new Rational(1, 2) ? floor + 1 : floor;
        return (long)rounded;
    }

    /// <summary>The piece of <paramref name="total"/> that certifying milestone <paramref name="number"/> (1-based) releases.</summary>
    public long Piece(long total, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return CumulativeAmount(total, number) - CumulativeAmount(total, number - 1);
    }

    private static bool TryBasisPoints(string text, out int bp)
    {
        bp = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
        {
            return false;
        }
        var scaled = percent * 100m;
        if (scaled != decimal.Truncate(scaled) || scaled <= 0 || scaled > WholeBasisPoints)
        {
            return false;
        }
        bp = (int)scaled;
        return true;
    }

    // An entry as Parse splits them: the text between line breaks and semicolons.
    [System.Text.RegularExpressions.GeneratedRegex(@"[^\n;]+")]
    private static partial System.Text.RegularExpressions.Regex EntryText();
}
