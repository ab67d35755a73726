using Redev.Ledger;

namespace Redev.Web.Accounts;

/// <summary>
/// One audit-trail record as the API shows it: everything needed to re-check its hash chain and the
/// notary's signature without the store (hashes in hex, the signature in base64, IEEE P1363).
/// </summary>
public sealed record AuditRecordDto(long Seq, string Action, string Actor, string Subject, string Detail, DateTimeOffset At,
    string PrevHash, string Hash, string Signature, string PublicKey)
{
    public static AuditRecordDto From(AuditRecord r, string publicPem)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Seq, r.Action, r.Actor, r.Subject, r.Detail, r.At, Convert.ToHexStringLower(r.PrevHash), Convert.ToHexStringLower(r.Hash),
            Convert.ToBase64String(r.Signature), publicPem);
    }
}
