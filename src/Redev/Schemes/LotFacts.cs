namespace Redev.Schemes;

/// <summary>
/// The facts about a site that decide which Cap. 545 class its lots fall in.
/// </summary>
/// <param name="CompletionYear">Year of the occupation permit of the newest building on the lot.</param>
/// <param name="DesignatedArea">Whether the lot lies in one of the seven designated areas of the 2024 amendment.</param>
/// <param name="Industrial">Whether the building on the lot is an industrial building.</param>
/// <param name="OutsideIndustrialZone">For an industrial building: whether the lot is outside an industrial zone.</param>
public sealed record LotFacts(int CompletionYear, bool DesignatedArea = false, bool Industrial = false, bool OutsideIndustrialZone = false)
{
    /// <summary>
    /// Whole years since the occupation permit on <paramref name="on"/>.
    /// </summary>
    /// <remarks>
    /// Only the year is known, so the permit is taken as issued on 31 December of that year: the
    /// youngest the building can be. That never places a lot in a lower-threshold class than the
    /// law would, which is the safe side for owners who have not consented.
    /// </remarks>
    public int AgeOn(DateOnly on) => on.Year - CompletionYear - (on.Month == 12 && on.Day == 31 ? 0 : 1);
}
