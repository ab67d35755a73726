namespace Redev.Ledger;

/// <summary>Where a transfer id was used, and a digest of what it asked for.</summary>
public sealed record UsedId(Redev.Schemes.SchemeId Scheme, long Seq, byte[] Digest);
