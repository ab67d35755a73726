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

    /// <summary>
    /// Cash paid out of the fund after completion to someone other than a unit holder: selling costs, a
    /// creditor, the convener's or manager's fee, an expense, the residue at closing (docs/completion.md).
    /// </summary>
    Payment,
}
