namespace Redev.Completion;

/// <summary>The order in which sale proceeds are paid (docs/completion.md): each step is paid in full before the next gets a cent.</summary>
public enum WaterfallStep
{
    SellingCosts,
    Creditor,
    ConvenerFee,
    Holder,
}
