namespace Redev.Web.Completion;

/// <summary>A lease of a kept flat: the tenant, the monthly rent (HKD), the first and last months (YYYY-MM).</summary>
public sealed record LeaseInput(string? Flat, string? Tenant, string? MonthlyRent, string? From, string? To);
