using Redev.Primitives;

namespace Redev.Completion;

/// <summary>
/// What the guards after completion look at, gathered by the application layer from the choice window,
/// the flats' dispositions and the ledger, judged by <see cref="CompletionGuards"/>.
/// </summary>
/// <param name="WindowClosed">Whether the choice window has closed (its seed published).</param>
/// <param name="Unsettled">Holders who chose a flat or cash and still hold units.</param>
/// <param name="IncomeUnits">Units held by holders staying in the income fund.</param>
/// <param name="UnitsOutstanding">All units not yet cancelled.</param>
/// <param name="Escrow">Cash the fund still holds.</param>
/// <param name="FlatsUndisposed">New flats neither taken, kept for letting nor sold.</param>
public sealed record CompletionEvidence(bool WindowClosed, int Unsettled, long IncomeUnits, long UnitsOutstanding, Cents Escrow, int FlatsUndisposed);
