namespace Redev.Web.Completion;

/// <summary>Rent received or an expense paid by the income fund: what it was for and the amount in cents.</summary>
public sealed record CashMovedDto(string Flat, string Reference, long AmountCents);
