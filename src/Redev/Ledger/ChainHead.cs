namespace Redev.Ledger;

/// <summary>Head of a scheme's chain: the last entry's position, hash and time.</summary>
public sealed record ChainHead(long Seq, byte[] Hash, DateTimeOffset LastTimestamp)
{
    public static ChainHead Empty { get; } = new(0, EntryCodec.Genesis, DateTimeOffset.MinValue);
}
