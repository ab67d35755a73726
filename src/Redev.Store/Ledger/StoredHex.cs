namespace Redev.Store.Ledger;

/// <summary>
/// Reads the hex columns of the ledger's tables. A column someone edited into something that is
/// not hex reads as no bytes, so the hash or signature check that follows names the row, instead
/// of the reader throwing and verification stopping at the very row it should report.
/// </summary>
internal static class StoredHex
{
    public static byte[] Decode(string text)
    {
        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
