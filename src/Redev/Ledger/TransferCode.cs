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
}
