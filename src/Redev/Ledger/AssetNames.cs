namespace Redev.Ledger;

/// <summary>Names the ledger uses on the wire and in storage.</summary>
public static class AssetNames
{
    public static string Name(this Asset asset) => asset switch
    {
        Asset.Units => "units",
        Asset.HkdCents => "hkd",
        _ => throw new ArgumentOutOfRangeException(nameof(asset), asset, null),
    };

    /// <summary>Parses a stored asset name; anything else means the store was edited by hand.</summary>
    public static Asset Parse(string text) =>
        TryParse(text, out var a) ? a : throw new FormatException($"\"{text}\" is not an asset (units or hkd).");

    public static bool TryParse(string? text, out Asset asset)
    {
        switch (text)
        {
            case "units": asset = Asset.Units; return true;
            case "hkd": asset = Asset.HkdCents; return true;
            default: asset = Asset.Units; return false;
        }
    }
}
