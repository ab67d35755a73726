using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// The rules every transfer must satisfy before it is written, each failure a refusal with a
/// stable code and a message that says what to change.
/// </summary>
public static class TransferRules
{
    /// <summary>
    /// Longest note on a proposal or reason for a rejection, in characters. Both are written into
    /// the hash-chained journal, which is kept for ever and copied into every receipt, so they are
    /// capped before they reach it: a paragraph fits, a pasted document does not.
    /// </summary>
    public const int MaxNoteLength = 500;

    /// <summary>
    /// Longest metadata of any entry, in characters: a note or reason at its cap plus the JSON around
    /// it fits, so this only stops a caller that skipped <see cref="CheckNote"/>.
    /// </summary>
    public const int MaxMetadataLength = 4096;

    /// <summary>Refuses a note (<c>note-too-long</c>) or rejection reason (<c>reason-too-long</c>) over <see cref="MaxNoteLength"/>.</summary>
    /// <param name="field">"note" or "reason": names the field and the refusal's code.</param>
    public static Refusal? CheckNote(string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        var length = text?.Trim().Length ?? 0;
        return length > MaxNoteLength
            ? new($"{field}-too-long", $"{field}: at most {MaxNoteLength} characters (got {length}).")
            : null;
    }

    /// <summary>States in which a scheme's units and cash may move: from vesting until it closes.</summary>
    /// <summary>Who authorises the cancelling of units paid out in cash (docs/completion.md).</summary>
    public const string PayoutAuthority = "@payout";

    public static bool AllowsTransfers(SchemeState state) =>
        state is SchemeState.Vested or SchemeState.Building or SchemeState.Completed or SchemeState.Distributed or SchemeState.Operating;

    public static Refusal? Check(
        TransferRequest r,
        DateTimeOffset now,
        SchemeState? schemeState,
        Func<SchemeId, AccountRef, bool> exists,
        Func<SchemeId, AccountRef, AccountBalance> balance,
        Func<Guid, OpenPending?> pending)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(exists);
        ArgumentNullException.ThrowIfNull(balance);
        ArgumentNullException.ThrowIfNull(pending);
        if (r.Id == Guid.Empty)
        {
            return new("bad-id", "A transfer needs a non-zero 128-bit id chosen by the client.");
        }
        if (r.Metadata.Length > MaxMetadataLength)
        {
            return new("metadata-too-long", $"An entry's metadata has at most {MaxMetadataLength} characters (got {r.Metadata.Length}).");
        }
        if (r.Amount <= 0)
        {
            return new("bad-amount", $"The amount must be a positive whole number (got {r.Amount}).");
        }
        if (r.Debit.Asset != r.Credit.Asset)
        {
            return new("asset-mismatch", $"{r.Debit} and {r.Credit} hold different assets; a transfer moves one asset.");
        }
        if (r.Debit == r.Credit)
        {
            return new("same-account", $"Debit and credit are the same account ({r.Debit}).");
        }
        if (schemeState is not { } state)
        {
            return new("unknown-scheme", $"There is no scheme {r.Scheme}.");
        }
        // Voiding only releases a reservation, so it is allowed even after a scheme stops trading.
        if (!AllowsTransfers(state) && r.Kind != EntryKind.VoidPending)
        {
            return new("scheme-state", state is SchemeState.Lapsed or SchemeState.Closed
                ? $"Scheme {r.Scheme} is {state}: its units and cash can no longer move."
                : $"Scheme {r.Scheme} is {state}: nothing is issued before vesting.");
        }
        if (!exists(r.Scheme, r.Debit) || !exists(r.Scheme, r.Credit))
        {
            return new("unknown-account", $"Scheme {r.Scheme} has no account {(exists(r.Scheme, r.Debit) ? r.Credit : r.Debit)}.");
        }
        if (PledgeRule(r) is { } pledge)
        {
            return pledge;
        }
        return r.Kind switch
        {
            EntryKind.Posted or EntryKind.Pending => CheckNew(r, now, balance),
            _ => CheckResolution(r, now, pending),
        };
    }

    private static Refusal? CheckNew(TransferRequest r, DateTimeOffset now, Func<SchemeId, AccountRef, AccountBalance> balance)
    {
        if (r.PendingId is not null)
        {
            return new("bad-pending", "Only a post or a void names a pending transfer.");
        }
        if (r.Kind == EntryKind.Pending && (r.Expires is not { } x || x <= now))
        {
            return new("bad-expiry", "A pending transfer needs an expiry in the future.");
        }
        if (r.Kind == EntryKind.Posted && r.Expires is not null)
        {
            return new("bad-expiry", "Only a pending transfer has an expiry.");
        }
        var available = balance(r.Scheme, r.Debit).Available;
        if (!SystemAccounts.MayGoNegative(r.Debit) && available < r.Amount)
        {
            return new("insufficient", $"{r.Debit} has {available} available (after pending transfers), less than {r.Amount}.");
        }
        return null;
    }

    private static Refusal? CheckResolution(TransferRequest r, DateTimeOffset now, Func<Guid, OpenPending?> pending)
    {
        if (r.PendingId is not { } pid || pending(pid) is not { } p)
        {
            return new("pending-not-found", $"There is no open pending transfer {r.PendingId} (it may have been posted, voided or expired).");
        }
        if (p.Scheme != r.Scheme || p.Debit != r.Debit || p.Credit != r.Credit || p.Amount != r.Amount || p.Code != r.Code)
        {
            return new("pending-mismatch", $"A post or void must repeat the pending transfer's accounts, amount and code ({p.Debit} -> {p.Credit}, {p.Amount}, {p.Code}).");
        }
        if (r.Expires is not null)
        {
            return new("bad-expiry", "Only a pending transfer has an expiry.");
        }
        if (r.Kind == EntryKind.PostPending && p.Expires <= now)
        {
            return new("pending-expired", $"Pending transfer {pid} expired at {p.Expires:yyyy-MM-dd HH:mm:ss} UTC and can no longer be posted.");
        }
        return null;
    }

    private static Refusal? PledgeRule(TransferRequest r)
    {
        if (r.Debit.IsPledged && r.Code == TransferCode.Redeem && r.Credit == AccountRef.Redemption)
        {
            // A payout cancels pledged units only in the batch that pays their share to the mortgagee
            // (docs/completion.md); the payout authority is the only one that may.
            return r.AuthorizedBy == PayoutAuthority ? null
                : new("pledged", $"{r.Debit} is pledged: its units are cancelled only by a payout that pays the mortgagee.");
        }
        if (r.Debit.IsPledged)
        {
            if (r.Code != TransferCode.Release || r.Credit != r.Debit with { PledgedTo = "" })
            {
                return new("pledged", $"{r.Debit} is pledged: it can only be released to its holder's own account, with code release.");
            }
            if (r.AuthorizedBy != r.Debit.PledgedTo)
            {
                return new("release-not-authorised", $"Only the mortgagee ({r.Debit.PledgedTo}) can release this pledge (authorised by \"{r.AuthorizedBy}\").");
            }
        }
        if (r.Credit.IsPledged && (r.Code != TransferCode.Pledge || r.Debit != r.Credit with { PledgedTo = "" }))
        {
            return new("pledged", $"Units enter {r.Credit} only by a pledge from the holder's own account.");
        }
        if (!r.Debit.IsPledged && r.Code == TransferCode.Release)
        {
            return new("bad-code", "Code release moves units out of a pledged account.");
        }
        return null;
    }
}
