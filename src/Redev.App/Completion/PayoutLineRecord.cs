namespace Redev.App.Completion;

/// <summary>One line of a payout as shown and recorded: step, name, payee, units and cents.</summary>
public sealed record PayoutLineRecord(string Step, string Name, string Payee, string Holder, long Units, long Cents);
