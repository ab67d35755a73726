namespace Redev.Web.Completion;

/// <summary>One line of a payout: its step of the waterfall, what it is, who is paid, the holder (empty for a cost), fund units cancelled and cents paid.</summary>
public sealed record PayoutLineDto(string Step, string Name, string Payee, string Holder, long Units, long Cents);
