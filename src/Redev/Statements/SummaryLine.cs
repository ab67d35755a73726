namespace Redev.Statements;

/// <summary>The lines of a statement's summary block, in the order the CSV writes them.</summary>
public enum SummaryLine
{
    Scheme,
    Holder,
    From,
    To,
    OpeningUnits,
    UnitsIn,
    UnitsOut,
    ClosingUnits,
    Distributions,
    CashFromHolder,
    Nav,
    NavExact,
    NavValuedOn,
    Value,
    RoundingRule,
}
