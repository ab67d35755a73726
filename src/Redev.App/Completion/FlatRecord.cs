namespace Redev.App.Completion;

/// <summary>A flat of the new building as its record stores it (values in cents).</summary>
public sealed record FlatRecord(string Flat, string Floor, long SaleableAreaSqFt, long[] AppraisalsCents, long ValueCents);
