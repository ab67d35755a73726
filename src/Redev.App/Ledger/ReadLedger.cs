using System.Security.Cryptography;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;

namespace Redev.App.Ledger;

/// <summary>
/// The ledger's public and staff reads: a scheme's accounts (staff), its checkpoints and the notary's key
/// (anyone: they are published for verifiers), its audit trail (staff), and a whole verification.
/// </summary>
public sealed class ReadLedger(RedevStore store, NotarySeal? notary)
{
    public async Task<Result<IReadOnlyList<(AccountRef Account, AccountBalance Balance)>>> BalancesAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Role.IsStaff())
        {
            return AppRefusals.Forbidden(caller, "see every account of a scheme");
        }
        return await SchemeAsync(scheme, ct) is { } sid
            ? Result<IReadOnlyList<(AccountRef, AccountBalance)>>.Done(await store.Ledger.BalancesAsync(sid, ct))
            : AppRefusals.NoScheme(scheme ?? "");
    }

    public async Task<Result<IReadOnlyList<(Checkpoint Checkpoint, string PublicKeyPem)>>> CheckpointsAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await SchemeAsync(scheme, ct) is { } sid
            ? Result<IReadOnlyList<(Checkpoint, string)>>.Done(await store.Journal.CheckpointsAsync(sid, ct))
            : AppRefusals.NoScheme(scheme ?? "");
    }

    public async Task<Result<IReadOnlyList<(AuditRecord Record, string PublicKeyPem)>>> AuditAsync(Caller caller, string? scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Role.IsStaff())
        {
            return AppRefusals.Forbidden(caller, "read the audit trail");
        }
        return await SchemeAsync(scheme, ct) is { } sid
            ? Result<IReadOnlyList<(AuditRecord, string)>>.Done(await AuditTrail.ReadAsync(store.Database, sid, ct))
            : AppRefusals.NoScheme(scheme ?? "");
    }

    /// <summary>Re-walks every chain, balance, checkpoint and audit record; a pinned key makes a foreign signature a problem.</summary>
    public async Task<Result<LedgerReport>> VerifyAsync(Caller caller, ECDsa? pinnedKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Role.IsStaff())
        {
            return AppRefusals.Forbidden(caller, "verify the whole ledger");
        }
        var report = await LedgerVerifier.VerifyAsync(store.Database, pinnedKey, ct);
        var problems = report.Problems.ToList();
        foreach (var summary in await store.Schemes.ListAsync(ct))
        {
            if (await store.Schemes.GetAsync(summary.Id, ct) is { } scheme)
            {
                problems.AddRange(await Building.BuildingVerifier.VerifyAsync(store, scheme, ct));
                problems.AddRange(await Completion.CompletionVerifier.VerifyAsync(store, scheme, ct));
            }
        }
        return Result<LedgerReport>.Done(report with { Problems = problems });
    }

    /// <summary>The notary's public key (PEM), for checking receipts and checkpoints offline.</summary>
    public string? NotaryPublicKey => notary?.PublicPem;

    private async Task<SchemeId?> SchemeAsync(string? scheme, CancellationToken ct) =>
        (await SchemeLookup.FindAsync(store, scheme, ct))?.Id;
}
