using Redev.App.Completion;

namespace Redev.Web.Completion;

/// <summary>
/// The completion stage of a scheme as the caller may see it (amounts in cents, dates as YYYY-MM-DD in Hong Kong):
/// staff see every holder and payout line; a holder sees its own and the totals, never a neighbour's name.
/// </summary>
/// <param name="Deadline">The last Hong Kong date choices count; null before the choice window opens.</param>
/// <param name="Default">What a holder who does not choose receives, cash or income; null before the window opens.</param>
/// <param name="NavPerUnitExact">The completion NAV per fund unit, fixed when the window opened, as an exact fraction of dollars.</param>
/// <param name="Commitment">The SHA-256 of the lottery seed, published when the window opened.</param>
/// <param name="Seed">The lottery seed, published when the window closed; null before.</param>
/// <param name="RecomputeCommand">The command a holder runs to recompute the lottery order from the seed; null before the seed is published.</param>
/// <param name="OnTurn">The holder whose turn it is to pick a flat; empty when it is someone the caller may not see, null when nobody is waiting.</param>
public sealed record CompletionDto(
    string Scheme, string State, IReadOnlyList<NewFlatDto> Flats, string? Deadline, string? Default, string? NavPerUnitExact, long? NavPerUnitCents,
    string? Commitment, string? Seed, string? RecomputeCommand, bool WindowOpen, bool WindowClosed, int FlatChoosers, string? OnTurn,
    IReadOnlyList<PositionDto> Positions, IReadOnlyList<PayoutDto> Proposed, IReadOnlyList<PayoutDto> Paid, IReadOnlyList<LeaseDto> Leases,
    IReadOnlyList<FinalStatementDto> Statements, long EscrowCents, long UnitsOutstanding)
{
    /// <summary>The lottery order's recomputation, as the page and the API both show it.</summary>
    public static string Recompute(string seed) => $"redev lottery order --seed {seed} --holdings FILE";

    public static CompletionDto From(CompletionView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new CompletionDto(v.Scheme, v.State, v.Flats.Select(NewFlatDto.From).ToArray(), v.Deadline, v.Fallback, v.NavPerUnitExact, v.NavPerUnitCents,
            v.Commitment, v.Seed, v.Seed is null ? null : Recompute(v.Seed), v.WindowOpen, v.WindowClosed, v.FlatChoosers, v.OnTurn,
            v.Positions.Select(PositionDto.From).ToArray(), v.Proposed.Select(PayoutDto.From).ToArray(), v.Paid.Select(PayoutDto.From).ToArray(),
            v.Leases.Select(LeaseDto.Of).ToArray(), v.Statements.Select(FinalStatementDto.From).ToArray(), v.EscrowCents, v.UnitsOutstanding);
    }
}
