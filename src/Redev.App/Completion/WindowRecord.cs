namespace Redev.App.Completion;

/// <summary>
/// The choice window as opened: the deadline (Hong Kong date), the default, the completion NAV per unit as
/// an exact fraction of dollars (decimal integers), the units it was fixed on and the seed's commitment.
/// </summary>
public sealed record WindowRecord(string Deadline, string Fallback, string NavNumerator, string NavDenominator, long UnitsOutstanding, string Commitment);
