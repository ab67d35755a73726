using System.Globalization;
using Redev.App.Building;
using Redev.Building;

namespace Redev.Web.Building;

/// <summary>The building stage of a scheme as the API shows it (amounts in cents, dates as YYYY-MM-DD in Hong Kong).</summary>
/// <param name="DeveloperClaimCents">What the fund owes the developer in HKD rather than in units.</param>
/// <param name="DefaultedMilestone">The milestone whose grace period ran out uncertified; null when the developer is not in default.</param>
public sealed record BuildingDto(
    string Scheme, string Name, string State, string Policy, int GraceDays,
    long CommittedCents, long DepositedCents, long DrawnCents, long EscrowCents,
    long DeveloperUnitsTotal, long DeveloperUnitsIssued, long DeveloperUnitsHeld, long DeveloperClaimCents,
    IReadOnlyList<MilestoneDto> Milestones, int? DefaultedMilestone, IReadOnlyList<ScheduleEventDto> Events,
    IReadOnlyList<AppraisalDto> PendingAppraisals, NavDto Nav)
{
    public static BuildingDto From(BuildingView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new BuildingDto(v.Scheme.Value, v.Name, v.State.ToString().ToLowerInvariant(),
            v.Policy == Redev.Allocation.AllocationPolicy.Equity ? "equity" : "cost-in-kind", v.GraceDays,
            v.Committed.Value, v.Deposited.Value, v.Drawn.Value, v.Escrow.Value,
            v.DeveloperUnitsTotal, v.DeveloperUnitsIssued, v.DeveloperUnitsHeld, v.DeveloperClaim.Value,
            v.Milestones.Select(MilestoneDto.From).ToArray(), v.DefaultedMilestone,
            v.Events.Select(e => new ScheduleEventDto(e.Milestone, e.Kind, e.RecordedAt)).ToArray(),
            v.PendingAppraisals.Select(AppraisalDto.From).ToArray(), NavDto.From(v.Nav));
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A milestone's standing as the API and the CLI's JSON name it.</summary>
    public static string Standing(MilestoneStanding s) => s switch
    {
        MilestoneStanding.CertifiedOnTime => "certified",
        MilestoneStanding.CertifiedLate => "certified-late",
        MilestoneStanding.Due => "due",
        MilestoneStanding.Delayed => "delayed",
        MilestoneStanding.Defaulted => "defaulted",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };
}

/// <summary>One milestone: its terms, where it stands, what its certification releases and, once certified, who certified it and on what.</summary>
/// <param name="ShareOfCostPercent">Its share of the construction cost, e.g. "25" or "12.5".</param>
/// <param name="Standing">certified, certified-late, due, delayed or defaulted.</param>
public sealed record MilestoneDto(
    int Number, string Name, string ShareOfCostPercent, string TargetDate, string Standing, bool Certified,
    long DrawCents, long DeveloperUnits, DateTimeOffset? CertifiedAt, string? CertifiedBy, IReadOnlyList<string> Evidence, string? Payee)
{
    public static MilestoneDto From(MilestoneView m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var c = m.Certification;
        return new MilestoneDto(m.Number, m.Name, m.SharePercent, BuildingDto.Date(m.TargetDate), BuildingDto.Standing(m.Standing), m.Certified,
            c?.Draw.Value ?? m.DrawDue.Value, c?.DeveloperUnits ?? m.DeveloperUnitsDue, c?.CertifiedAt, c?.CertifiedBy, c?.Evidence ?? [], c?.Payee);
    }
}

/// <summary>A delay or default of the schedule, as first recorded in the audit trail.</summary>
public sealed record ScheduleEventDto(int Milestone, string Kind, DateTimeOffset RecordedAt);

/// <summary>One appraisal: the valuation date, the appraiser, the value and the report's SHA-256.</summary>
public sealed record AppraisalDto(string ValuedOn, string Appraiser, long ValueCents, string ReportHash)
{
    public static AppraisalDto From(Appraisal a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new AppraisalDto(BuildingDto.Date(a.ValuedOn), a.Appraiser, a.Value.Value, a.ReportHash);
    }
}

/// <summary>
/// The fund's NAV per unit: (adopted value + escrow − liabilities) ÷ units outstanding, the issue price it is
/// compared with, and its history. The current figures are null before any valuation is adopted.
/// </summary>
/// <param name="NavPerUnitExact">The exact quotient as a fraction, e.g. "1987/200".</param>
/// <param name="LossPerUnitCents">How far a unit is below the issue price; null when it is not.</param>
public sealed record NavDto(
    string Scheme, long IssuePriceCents, long? NavPerUnitCents, string? NavPerUnitExact, long? UnitsOutstanding,
    long? AdoptedValueCents, long? EscrowCents, long? LiabilitiesCents, string? ValuedOn, long? LossPerUnitCents,
    IReadOnlyList<NavPointDto> History)
{
    public static NavDto From(NavView n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var c = n.Current;
        return new NavDto(n.Scheme, n.IssuePrice.Value, c?.PerUnitCents.Value, c?.PerUnit.ToString(), c?.UnitsOutstanding,
            c?.AdoptedValue.Value, c?.Escrow.Value, c?.Liabilities.Value, n.ValuedOn is { } d ? BuildingDto.Date(d) : null, n.LossPerUnit?.Value,
            n.History.Select(NavPointDto.From).ToArray());
    }
}

/// <summary>NAV as set by one adopted valuation.</summary>
public sealed record NavPointDto(
    string ValuedOn, long NavPerUnitCents, long UnitsOutstanding, long AdoptedValueCents, long EscrowCents, long LiabilitiesCents,
    DateTimeOffset AdoptedAt, string AdoptedBy)
{
    public static NavPointDto From(AdoptedValuation a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new NavPointDto(BuildingDto.Date(a.ValuedOn), a.Nav.PerUnitCents.Value, a.Nav.UnitsOutstanding, a.Nav.AdoptedValue.Value,
            a.Nav.Escrow.Value, a.Nav.Liabilities.Value, a.AdoptedAt, a.AdoptedBy);
    }
}

/// <summary>What a deposit did: the escrow after it, and whether it repeated one already recorded (same bank reference).</summary>
public sealed record DepositDto(string Scheme, long AmountCents, string BankReference, long DepositedCents, long CommittedCents, bool Replayed)
{
    public static DepositDto From(EscrowDeposited d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DepositDto(d.Scheme, d.Amount.Value, d.BankReference, d.Deposited.Value, d.Committed.Value, d.Replayed);
    }
}

/// <summary>A certification written (or found again when the same one was asked twice), and whether it came late.</summary>
public sealed record CertificationDto(
    string Scheme, int Number, string Name, DateTimeOffset CertifiedAt, string CertifiedBy, IReadOnlyList<string> Evidence, string Payee,
    long DrawCents, long DeveloperUnits, bool Replayed, bool Late)
{
    public static CertificationDto From(MilestoneCertified r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = r.Certification;
        return new CertificationDto(c.Scheme.Value, c.Number, c.Name, c.CertifiedAt, c.CertifiedBy, c.Evidence, c.Payee, c.Draw.Value, c.DeveloperUnits, r.Replayed, r.Late);
    }
}

/// <summary>A deposit into escrow (notary): the HKD amount as text ("5000000" or "1250.50") and the bank's reference.</summary>
public sealed record DepositInput(string? Amount, string? BankReference);

/// <summary>A certification (certifier): the SHA-256 hashes of the documents relied on, and who is paid the draw.</summary>
public sealed record CertifyInput(IReadOnlyList<string>? Evidence, string? Payee);

/// <summary>An appraisal (certifier): the valuation date YYYY-MM-DD, the appraiser, the HKD value as text, the report's SHA-256.</summary>
public sealed record AppraisalInput(string? Date, string? Appraiser, string? Value, string? ReportHash);

/// <summary>Adopt the valuation of a date (certifier).</summary>
public sealed record ValuationInput(string? Date);
