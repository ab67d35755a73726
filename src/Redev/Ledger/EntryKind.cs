namespace Redev.Ledger;

/// <summary>What an entry does to balances.</summary>
public enum EntryKind
{
    /// <summary>Moves the amount now.</summary>
    Posted,

    /// <summary>Reserves the amount on both sides until posted or voided (two-phase).</summary>
    Pending,

    /// <summary>Completes a pending entry: the reserved amount moves.</summary>
    PostPending,

    /// <summary>Cancels a pending entry: the reservation is released.</summary>
    VoidPending,
}
