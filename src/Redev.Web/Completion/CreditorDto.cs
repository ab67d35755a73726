namespace Redev.Web.Completion;

/// <summary>A creditor named for a payout, paid after the selling costs and before the fee.</summary>
public sealed record CreditorDto(string Name, long Cents);
