using System.Globalization;
using Redev.App.Building;
using Redev.Building;

namespace Redev.Cli.Building;

/// <summary>The JSON shapes of <c>redev milestone list --json</c>, <c>redev nav --json</c> and <c>redev escrow balance --json</c> (README).</summary>
public static class BuildingJson
{
    public static object Milestones(BuildingView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new
        {
            scheme = v.Scheme.Value,
            policy = v.Policy == Redev.Allocation.AllocationPolicy.Equity ? "equity" : "cost-in-kind",
            developerUnitsTotal = v.DeveloperUnitsTotal,
            developerUnitsIssued = v.DeveloperUnitsIssued,
            developerClaimCents = v.DeveloperClaim.Value,
            graceDays = v.GraceDays,
            defaultedMilestone = v.DefaultedMilestone,
            milestones = v.Milestones.Select(m => new
            {
                number = m.Number,
                name = m.Name,
                shareOfCost = m.ShareBasisPoints / 100m,
                targetDate = Date(m.TargetDate),
                certified = m.Certified,
                standing = Standing(m.Standing),
                drawCents = m.DrawDue.Value,
                developerUnitsIssued = m.Certification?.DeveloperUnits ?? 0,
                certifiedAt = m.Certification?.CertifiedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                evidence = m.Certification?.Evidence ?? [],
                payee = m.Certification?.Payee,
            }),
        };
    }

    public static object Nav(NavView n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new
        {
            scheme = n.Scheme,
            navPerUnitCents = n.Current?.PerUnitCents.Value,
            navPerUnitExact = n.Current?.PerUnit.ToString(),
            unitsOutstanding = n.Current?.UnitsOutstanding,
            escrowCents = n.Current?.Escrow.Value,
            adoptedValueCents = n.Current?.AdoptedValue.Value,
            liabilitiesCents = n.Current?.Liabilities.Value,
            issuePriceCents = n.IssuePrice.Value,
            valuedOn = n.ValuedOn is { } d ? Date(d) : null,
            lossPerUnitCents = n.LossPerUnit?.Value,
            history = n.History.Select(h => new
            {
                valuedOn = Date(h.ValuedOn),
                navPerUnitCents = h.Nav.PerUnitCents.Value,
                unitsOutstanding = h.Nav.UnitsOutstanding,
                escrowCents = h.Nav.Escrow.Value,
                adoptedValueCents = h.Nav.AdoptedValue.Value,
                liabilitiesCents = h.Nav.Liabilities.Value,
            }),
        };
    }

    public static object Escrow(BuildingView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new
        {
            scheme = v.Scheme.Value,
            committedCents = v.Committed.Value,
            depositedCents = v.Deposited.Value,
            drawnCents = v.Drawn.Value,
            escrowCents = v.Escrow.Value,
        };
    }

    public static string Standing(MilestoneStanding s) => s switch
    {
        MilestoneStanding.CertifiedOnTime => "certified",
        MilestoneStanding.CertifiedLate => "certified-late",
        MilestoneStanding.Due => "due",
        MilestoneStanding.Delayed => "delayed",
        MilestoneStanding.Defaulted => "defaulted",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
