namespace Redev.App.Completion;

/// <summary>A holder's position at completion as a reader may see it: units, choice (null when not chosen), what applies, pick and place in the lottery.</summary>
public sealed record PositionView(string Holder, long Units, long PledgedUnits, string? Chosen, string Effective, string? Flat, bool Passed, int? LotteryPlace,
    long UnitsValueCents);
