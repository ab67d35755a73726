namespace Redev.Store.Ledger;

/// <summary>The stable codes of a receipt that cannot be given.</summary>
public static class ReceiptRefusals
{
    /// <summary>The holder has no entry in the scheme: a receipt would prove nothing.</summary>
    public const string NoEntries = "no-entries";

    /// <summary>
    /// No signed checkpoint covers every entry of the holder: reading must not sign one, so the
    /// notary has to (<c>redev ledger checkpoint</c>, or the web app's notary).
    /// </summary>
    public const string NoCheckpoint = "no-checkpoint";
}
