namespace Redev.App.Completion;

/// <summary>A lease of a kept flat: tenant, monthly rent (HKD), first and last month (YYYY-MM).</summary>
public sealed record LeaseCommand(string? Scheme, string? Flat, string? Tenant, string? MonthlyRent, string? From, string? To);
