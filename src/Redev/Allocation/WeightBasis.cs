namespace Redev.Allocation;

/// <summary>What an owner's weight is measured by.</summary>
public enum WeightBasis
{
    /// <summary>Undivided shares over the lot's owner-held total (the default).</summary>
    Shares,

    /// <summary>Each flat's appraised value over the total appraised value.</summary>
    Appraised,
}
