using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// The notary's signed statement that a scheme's journal had <see cref="Count"/> entries with this
/// Merkle root at this time, and its audit trail <see cref="AuditCount"/> records ending in
/// <see cref="AuditHead"/>. Published, it lets anyone detect a rewritten history: a receipt that
/// does not prove into a published root was not in the journal the notary saw, and an audit trail
/// that no longer holds the record a checkpoint signed has lost or changed it.
/// </summary>
/// <param name="AuditCount">Records of the scheme's audit trail at signing; 0 when it had none (or for checkpoints signed before the trail existed).</param>
/// <param name="AuditHead">The hash of the trail's last record then; null when <paramref name="AuditCount"/> is 0.</param>
/// <param name="Balances">The balance tree over the first <paramref name="Count"/> entries (version 3); null for checkpoints signed before it existed.</param>
public sealed record Checkpoint(SchemeId Scheme, long Count, byte[] Root, DateTimeOffset SignedAt, byte[] Signature, long AuditCount = 0, byte[]? AuditHead = null,
    BalanceCommitment? Balances = null)
{
    /// <summary>
    /// 3 when it commits to balances (receipts then prove completeness), 2 when it signs an audit
    /// trail but no balances, 1 otherwise: older checkpoints keep the bytes they were signed over.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Version => Balances is not null ? 3 : AuditCount > 0 ? 2 : 1;

    /// <summary>
    /// The exact bytes the notary signs (ECDSA P-256, SHA-256, IEEE P1363 signature format), laid out
    /// in docs/ledger.md ("Checkpoints"). Without balances and an audit trail they are the version-1
    /// bytes and without balances the version-2 bytes, so older checkpoints and receipts still verify.
    /// </summary>
    public static byte[] SignedBytes(SchemeId scheme, long count, byte[] root, DateTimeOffset signedAt, long auditCount = 0, byte[]? auditHead = null,
        BalanceCommitment? balances = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var v1 = string.Create(CultureInfo.InvariantCulture,
            $"{scheme.Value}\n{count}\n{Convert.ToHexStringLower(root)}\n{signedAt.UtcTicks}\n");
        var audit = string.Create(CultureInfo.InvariantCulture, $"{auditCount}\n{Convert.ToHexStringLower(auditHead ?? [])}\n");
        var text = balances is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"redev-checkpoint-v3\n{v1}{audit}{Convert.ToHexStringLower(b.Root)}\n{b.Holders}\n{b.Units}\n{b.Hkd}\n")
            : auditCount == 0 ? "redev-checkpoint-v1\n" + v1 : $"redev-checkpoint-v2\n{v1}{audit}";
        return Encoding.UTF8.GetBytes(text);
    }

    public static Checkpoint Sign(SchemeId scheme, long count, byte[] root, DateTimeOffset signedAt, ECDsa notary, long auditCount = 0, byte[]? auditHead = null,
        BalanceCommitment? balances = null)
    {
        ArgumentNullException.ThrowIfNull(notary);
        ArgumentOutOfRangeException.ThrowIfNegative(auditCount);
        if ((auditCount == 0) != (auditHead is null))
        {
            throw new ArgumentException("An audit head goes with a non-zero audit count, and only then.", nameof(auditHead));
        }
        var at = signedAt.ToUniversalTime();
        var signature = notary.SignData(SignedBytes(scheme, count, root, at, auditCount, auditHead, balances), HashAlgorithmName.SHA256);
        return new Checkpoint(scheme, count, root, at, signature, auditCount, auditHead, balances);
    }

    public bool VerifySignature(ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return publicKey.VerifyData(SignedBytes(Scheme, Count, Root, SignedAt, AuditCount, AuditHead, Balances), Signature, HashAlgorithmName.SHA256);
    }
}
