using Redev.Ledger;

namespace Redev.Web.Ledger;

/// <summary>A signed checkpoint as the API shows it: hex root, base64 signature, the notary's public key.</summary>
/// <param name="AuditCount">Audit-trail records the checkpoint signed (0: none, and the version-1 signed bytes).</param>
/// <param name="AuditHead">The last of them's hash, hex; null when <paramref name="AuditCount"/> is 0.</param>
/// <param name="BalanceRoot">Version 3: the balance tree's root, hex (null for older checkpoints); <paramref name="UnitsOutstanding"/> and <paramref name="HkdPaidIn"/> are its sums.</param>
public sealed record CheckpointDto(string Scheme, long Count, string Root, DateTimeOffset SignedAt, string Signature, string PublicKey, long AuditCount, string? AuditHead,
    string? BalanceRoot = null, long? Holders = null, long? UnitsOutstanding = null, long? HkdPaidIn = null)
{
    public static CheckpointDto From(Checkpoint c, string publicPem)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Scheme.Value, c.Count, Convert.ToHexStringLower(c.Root), c.SignedAt, Convert.ToBase64String(c.Signature), publicPem,
            c.AuditCount, c.AuditHead is null ? null : Convert.ToHexStringLower(c.AuditHead),
            c.Balances is { } b ? Convert.ToHexStringLower(b.Root) : null, c.Balances?.Holders, c.Balances?.Units, c.Balances?.Hkd);
    }
}
