using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// The notary's signed statement that a scheme's journal had <see cref="Count"/> entries with this
/// Merkle root at this time. Published, it lets anyone detect a rewritten history: a receipt that
/// does not prove into a published root was not in the journal the notary saw.
/// </summary>
public sealed record Checkpoint(SchemeId Scheme, long Count, byte[] Root, DateTimeOffset SignedAt, byte[] Signature)
{
    /// <summary>The exact bytes the notary signs (ECDSA P-256, SHA-256, IEEE P1363 signature format).</summary>
    public static byte[] SignedBytes(SchemeId scheme, long count, byte[] root, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"redev-checkpoint-v1\n{scheme.Value}\n{count}\n{Convert.ToHexStringLower(root)}\n{signedAt.UtcTicks}\n"));
    }

    public static Checkpoint Sign(SchemeId scheme, long count, byte[] root, DateTimeOffset signedAt, ECDsa notary)
    {
        ArgumentNullException.ThrowIfNull(notary);
        var at = signedAt.ToUniversalTime();
        var signature = notary.SignData(SignedBytes(scheme, count, root, at), HashAlgorithmName.SHA256);
        return new Checkpoint(scheme, count, root, at, signature);
    }

    public bool VerifySignature(ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return publicKey.VerifyData(SignedBytes(Scheme, Count, Root, SignedAt), Signature, HashAlgorithmName.SHA256);
    }
}
