namespace Redev.Completion;

/// <summary>What a holder takes for its fund units at completion (docs/completion.md).</summary>
public enum PayoutChoice
{
    /// <summary>A flat of the new building, in lottery order, the difference settled in cash.</summary>
    Flat,

    /// <summary>A share of the proceeds of the flats sold, by the waterfall.</summary>
    Cash,

    /// <summary>Keep the units in the income fund that lets the flats kept.</summary>
    Income,
}
