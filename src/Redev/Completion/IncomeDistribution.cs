using Redev.Payout;
using Redev.Primitives;

namespace Redev.Completion;

/// <summary>
/// A year's distribution of the income fund (docs/completion.md). Net income is rent received less
/// expenses and the management fee. All of it, with what earlier years carried forward, is distributable;
/// it is paid as a whole number of cents per unit (rounded down), and the cents that do not make a whole
/// cent per unit are carried to next year, never lost. The SFC's Code on Real Estate Investment Trusts
/// (7.12) asks a REIT to distribute at least 90% of its annual net income; paying all of it less under a
/// cent per unit meets that whenever there are fewer units than a tenth of the income in cents, and
/// <see cref="MeetsReitMinimum"/> says plainly when it does not.
/// </summary>
public sealed record IncomeDistribution
{
    private IncomeDistribution(Cents rent, Cents expenses, Cents managementFee, Cents carriedIn, long perUnitCents, IReadOnlyList<IncomeLine> lines)
    {
        Rent = rent;
        Expenses = expenses;
        ManagementFee = managementFee;
        CarriedIn = carriedIn;
        PerUnitCents = perUnitCents;
        Lines = lines;
    }

    public Cents Rent { get; }
    public Cents Expenses { get; }
    public Cents ManagementFee { get; }
    public Cents CarriedIn { get; }

    /// <summary>Rent less expenses and fee; a loss is shown as it is and distributes nothing.</summary>
    public Cents NetIncome => Rent - Expenses - ManagementFee;

    public Cents Distributable => new(Math.Max(0, NetIncome.Value) + CarriedIn.Value);

    public long PerUnitCents { get; }
    public IReadOnlyList<IncomeLine> Lines { get; }

    public Cents Paid => new(Lines.Sum(l => l.Cents.Value));

    /// <summary>What is carried to next year: the distributable cents that did not make a whole cent per unit.</summary>
    public Cents CarriedForward => Distributable - Paid;

    /// <summary>Whether at least 90% of a positive net income is paid (always true when there was none).</summary>
    public bool MeetsReitMinimum => NetIncome.Value <= 0 || Paid.Value * 10 >= NetIncome.Value * 9;

    public static IncomeDistribution Compute(Cents rent, Cents expenses, Cents managementFee, Cents carriedIn, IReadOnlyList<PayoutHolding> holders)
    {
        ArgumentNullException.ThrowIfNull(holders);
        foreach (var amount in new[] { rent, expenses, managementFee, carriedIn })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(amount.Value);
        }
        var units = holders.Sum(h => h.Units);
        var distributable = Math.Max(0, (rent - expenses - managementFee).Value) + carriedIn.Value;
        var perUnit = units == 0 ? 0 : distributable / units;
        var lines = holders.OrderBy(h => h.Holder, StringComparer.Ordinal)
            .Select(h => new IncomeLine(h.Holder, h.Payee, h.Units, new Cents(checked(perUnit * h.Units)))).ToArray();
        return new IncomeDistribution(rent, expenses, managementFee, carriedIn, perUnit, lines);
    }
}
