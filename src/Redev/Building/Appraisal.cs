using Redev.Primitives;

namespace Redev.Building;

/// <summary>One independent appraiser's value of the scheme's property on a date, with the SHA-256 of their report.</summary>
public sealed record Appraisal
{
    public Appraisal(DateOnly valuedOn, string appraiser, Cents value, string reportHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appraiser);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportHash);
        if (value.Value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An appraisal is a positive amount.");
        }
        ValuedOn = valuedOn;
        Appraiser = appraiser.Trim();
        Value = value;
        ReportHash = reportHash;
    }

    public DateOnly ValuedOn { get; }
    public string Appraiser { get; }
    public Cents Value { get; }
    public string ReportHash { get; }
}
