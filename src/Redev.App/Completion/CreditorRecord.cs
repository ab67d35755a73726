namespace Redev.App.Completion;

/// <summary>A creditor the convener named for a payout, paid after the selling costs and before the fee.</summary>
public sealed record CreditorRecord(string Name, long Cents);
