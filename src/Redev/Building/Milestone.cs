namespace Redev.Building;

/// <summary>
/// One step of construction an independent certifier signs off: its name as the terms write it, its
/// share of the construction cost in basis points (1/100 of a percent) and the Hong Kong date it is due by.
/// </summary>
/// <remarks>Shares are basis points rather than free rationals because terms are typed by people as
/// percentages with at most two decimals; a whole number of basis points says exactly that.</remarks>
public sealed record Milestone
{
    /// <summary>Longest milestone name, in characters: a description, not a document.</summary>
    public const int MaxNameLength = 120;

    public Milestone(string name, int shareBasisPoints, DateOnly targetDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > MaxNameLength || name.IndexOfAny(['|', ';', '\n', '\r']) >= 0)
        {
            throw new ArgumentException($"A milestone name has at most {MaxNameLength} characters and no '|' or ';'.", nameof(name));
        }
        if (shareBasisPoints is <= 0 or > MilestoneSchedule.WholeBasisPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(shareBasisPoints), shareBasisPoints, "A milestone's share is more than 0% and at most 100%.");
        }
        Name = name.Trim();
        ShareBasisPoints = shareBasisPoints;
        TargetDate = targetDate;
    }

    public string Name { get; }
    public int ShareBasisPoints { get; }
    public DateOnly TargetDate { get; }

    /// <summary>The share as a percentage for display ("25", "12.5").</summary>
    public string SharePercent => (ShareBasisPoints / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
