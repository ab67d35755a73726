namespace Redev.Ledger;

/// <summary>Why units or cash moved; recorded on every entry and part of its hash.</summary>
public enum TransferCode
{
    Issue,
    Transfer,
    Trade,
    Pledge,
    Release,
    Redeem,
    Distribution,
    Correction,

    /// <summary>Cash paid into a scheme's escrow from outside (the developer's committed cost), against a bank reference.</summary>
    Deposit,

    /// <summary>Cash released from escrow to a payee for a certified milestone.</summary>
    Draw,
}
