using System.Globalization;
using Redev.Schemes;

namespace Redev.Completion;

/// <summary>
/// The guards after completion (docs/completion.md): a scheme is <c>distributed</c> when every unit has
/// become a flat or cash, <c>operating</c> when every holder who did not stay has been settled and every
/// flat is taken, kept or sold, and <c>closed</c> only with no unit outstanding and no cash left in escrow.
/// </summary>
public static class CompletionGuards
{
    public static Refusal? Check(SchemeId scheme, SchemeState target, CompletionEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (target is SchemeState.Distributed or SchemeState.Operating && !evidence.WindowClosed)
        {
            return new Refusal("choice-window-open", $"Scheme {scheme}: the holders' choice window has not closed yet; close it (publishing the lottery seed) first.");
        }
        return target switch
        {
            SchemeState.Distributed when evidence.UnitsOutstanding > 0 => Outstanding(scheme, evidence),
            SchemeState.Operating when evidence.Unsettled > 0 => Refusal.With("holders-unsettled",
                $"Scheme {scheme}: {evidence.Unsettled} holder(s) who chose a flat or cash still hold units; settle them before the income fund starts.",
                ("count", evidence.Unsettled.ToString(CultureInfo.InvariantCulture))),
            SchemeState.Operating when evidence.IncomeUnits == 0 => new Refusal("no-income-holders",
                $"Scheme {scheme}: nobody stays in the income fund; once every unit is settled the scheme is distributed instead."),
            SchemeState.Operating when evidence.FlatsUndisposed > 0 => Refusal.With("flats-undisposed",
                $"Scheme {scheme}: {evidence.FlatsUndisposed} flat(s) are neither taken, kept for letting nor sold.",
                ("count", evidence.FlatsUndisposed.ToString(CultureInfo.InvariantCulture))),
            SchemeState.Closed when evidence.UnitsOutstanding > 0 => Outstanding(scheme, evidence),
            SchemeState.Closed when evidence.Escrow.Value != 0 => Refusal.With("escrow-not-empty",
                $"Scheme {scheme} cannot close: escrow still holds {evidence.Escrow}; pay its residue to a named account when closing.",
                ("escrow", evidence.Escrow.ToString())),
            _ => null,
        };
    }

    private static Refusal Outstanding(SchemeId scheme, CompletionEvidence evidence) => Refusal.With("units-outstanding",
        $"Scheme {scheme}: {evidence.UnitsOutstanding} units are still outstanding; every holder must take a flat or be paid first.",
        ("units", evidence.UnitsOutstanding.ToString(CultureInfo.InvariantCulture)));
}
