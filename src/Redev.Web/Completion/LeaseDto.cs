using Redev.App.Completion;

namespace Redev.Web.Completion;

/// <summary>A lease of a flat the income fund kept: the tenant, the monthly rent and its first and last months (YYYY-MM).</summary>
public sealed record LeaseDto(string Flat, string Tenant, long MonthlyRentCents, string From, string To)
{
    public static LeaseDto Of(LeaseRecord l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new LeaseDto(l.Flat, l.Tenant, l.MonthlyRentCents, l.From, l.To);
    }
}
