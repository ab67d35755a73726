namespace Redev.App.Completion;

/// <summary>A lease of a kept flat: the tenant, the monthly rent and its first and last months (YYYY-MM).</summary>
public sealed record LeaseRecord(string Flat, string Tenant, long MonthlyRentCents, string From, string To);
