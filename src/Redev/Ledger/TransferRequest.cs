using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// A request to move an amount between two accounts of one scheme.
/// </summary>
/// <param name="Id">Chosen by the client, 128 bits: sending the same request again returns the
/// original result instead of moving the amount twice.</param>
/// <param name="Kind">Posted now, pending (two-phase), or completing/cancelling a pending one.</param>
/// <param name="PendingId">For <see cref="EntryKind.PostPending"/> and <see cref="EntryKind.VoidPending"/>: the pending entry.</param>
/// <param name="Expires">For a pending entry: when it voids itself if nobody posts it.</param>
/// <param name="AuthorizedBy">Who authorised the move, as the caller established it; a release must be
/// authorised by the mortgagee holding the pledge.</param>
/// <param name="Metadata">Free text (JSON by convention), hashed with the entry.</param>
public sealed record TransferRequest(
    Guid Id,
    SchemeId Scheme,
    AccountRef Debit,
    AccountRef Credit,
    long Amount,
    TransferCode Code,
    EntryKind Kind = EntryKind.Posted,
    Guid? PendingId = null,
    DateTimeOffset? Expires = null,
    string AuthorizedBy = "",
    string Metadata = "")
{
    /// <summary>The asset moved; both accounts must hold it.</summary>
    public Asset Asset => Debit.Asset;
}
