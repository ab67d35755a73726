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
public sealed record Checkpoint(SchemeId Scheme, long Count, byte[] Root, DateTimeOffset SignedAt, byte[] Signature, long AuditCount = 0, byte[]? AuditHead = null)
{
    /// <summary>
    /// The exact bytes the notary signs (ECDSA P-256, SHA-256, IEEE P1363 signature format). Without
    /// an audit trail they are the version-1 bytes, so checkpoints and receipts from before the trail
    /// still verify.
    /// </summary>
    public static byte[] SignedBytes(SchemeId scheme, long count, byte[] root, DateTimeOffset signedAt, long auditCount = 0, byte[]? auditHead = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var v1 = string.Create(CultureInfo.InvariantCulture,
            $"{scheme.Value}\n{count}\n{Convert.ToHexStringLower(root)}\n{signedAt.UtcTicks}\n");
        var text = auditCount == 0
            ? "redev-checkpoint-v1\n" + v1
            : string.Create(CultureInfo.InvariantCulture, $"redev-checkpoint-v2\n{v1}{auditCount}\n{Convert.ToHexStringLower(auditHead ?? [])}\n");
        return Encoding.UTF8.GetBytes(text);
    }

    public static Checkpoint Sign(SchemeId scheme, long count, byte[] root, DateTimeOffset signedAt, ECDsa notary, long auditCount = 0, byte[]? auditHead = null)
    {
        ArgumentNullException.ThrowIfNull(notary);
        ArgumentOutOfRangeException.ThrowIfNegative(auditCount);
        if ((auditCount == 0) != (auditHead is null))
        {
            throw new ArgumentException("An audit head goes with a non-zero audit count, and only then.", nameof(auditHead));
        }
        var at = signedAt.ToUniversalTime();
        var signature = notary.SignData(SignedBytes(scheme, count, root, at, auditCount, auditHead), HashAlgorithmName.SHA256);
        return new Checkpoint(scheme, count, root, at, signature, auditCount, auditHead);
    }

    public bool VerifySignature(ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return publicKey.VerifyData(SignedBytes(Scheme, Count, Root, SignedAt, AuditCount, AuditHead), Signature, HashAlgorithmName.SHA256);
    }
}
