namespace Redev.Cycle;

/// <summary>
/// A dated peak or trough. <see cref="ConfirmedMonth"/> is the first month from which every later
/// real-time run of the procedure showed it; the confirmation lag is the months between the two.
/// </summary>
public sealed record TurningPoint(TurningPointType Type, YearMonth Month, YearMonth ConfirmedMonth, double Value)
{
    public int ConfirmationLagMonths => ConfirmedMonth.MonthsSince(Month);
}
