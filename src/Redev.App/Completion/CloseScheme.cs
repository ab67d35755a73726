using System.Security.Cryptography;
using Redev.App.Schemes;
using Redev.Completion;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Completion;

/// <summary>
/// The convener closes a scheme (docs/completion.md): only when no unit is outstanding; any cash left in
/// escrow is first paid to the account the convener names; then the scheme is closed and every holder who
/// ever held its units gets a final statement, written and signed. Running it again on a closed scheme
/// writes any statement a failure left out, and nothing else.
/// </summary>
public sealed class CloseScheme(RedevStore store, NotarySeal notary, TimeProvider clock)
{
    private readonly SchemeChanges _changes = new(store);
    private readonly Statements.ReadStatement _statements = new(store, new Holders.HolderAccess(store), clock);

    public async Task<Result<ClosedRecord>> RunAsync(Caller caller, CloseCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "close a scheme");
        }
        var now = clock.GetUtcNow();
        var loaded = await CompletionInput.LoadAsync(store, command.Scheme, now, ct, SchemeState.Distributed, SchemeState.Operating, SchemeState.Closed);
        if (!loaded.Succeeded)
        {
            return loaded.Refusal!;
        }
        var facts = loaded.Value!;
        var residue = Cents.Zero;
        var residueTo = "";
        if (facts.Scheme.State != SchemeState.Closed)
        {
            if (facts.UnitsOutstanding > 0)
            {
                return CompletionGuards.Check(facts.Scheme.Id, SchemeState.Closed, facts.Evidence)!;
            }
            if (facts.Escrow.Value > 0)
            {
                if (CompletionInput.Name("residueTo", command.ResidueTo, out residueTo) is not null)
                {
                    return Refusal.With("escrow-not-empty", $"Scheme {facts.Scheme.Id} cannot close: escrow still holds {facts.Escrow}; name the account its residue is paid to.",
                        ("escrow", facts.Escrow.ToString()));
                }
                residue = facts.Escrow;
                var posted = await store.Ledger.SubmitAsync([CompletionTransfers.Residue(facts.Scheme.Id, residue, residueTo)], ct);
                if (!posted.Succeeded)
                {
                    return posted.Refusal!;
                }
                facts = await CompletionFacts.LoadAsync(store, facts.Scheme, now, ct);
            }
            var evidence = facts.StageEvidence;
            var changed = await _changes.ChangeAsync(facts.Scheme.Id.Value, s => s.Advance(SchemeState.Closed, now, ThresholdTable.Cap545, null, KnownNotes.Closed.Text, evidence), ct);
            if (!changed.Succeeded)
            {
                return changed.Refusal!;
            }
        }
        var holders = facts.Holders.Select(h => h.Holder).ToArray();
        var written = facts.Records.Where(r => r.Kind == CompletionKinds.Statement).Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);
        foreach (var holder in holders.Where(h => !written.Contains(h)))
        {
            var statement = await FinalStatementAsync(caller, facts, holder, now, ct);
            await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Statement, holder, CompletionJson.Write(statement), now, caller.Name, notary.Key, ct: ct);
        }
        var closed = facts.Records.FirstOrDefault(r => r.Kind == CompletionKinds.Closed) is { } c
            ? CompletionJson.Read<ClosedRecord>(c.Body)
            : new ClosedRecord(residue.Value, residueTo, holders);
        await store.Completion.AppendAsync(facts.Scheme.Id, CompletionKinds.Closed, "closed", CompletionJson.Write(closed), now, caller.Name, notary.Key, ct: ct);
        await store.Checkpoints.SignAsync(facts.Scheme.Id, notary.Key, now, ct);
        return Result<ClosedRecord>.Done(closed);
    }

    private async Task<FinalStatementRecord> FinalStatementAsync(Caller caller, CompletionFacts facts, string holder, DateTimeOffset now, CancellationToken ct)
    {
        var own = await store.Journal.EntriesAsync(facts.Scheme.Id, holder, ct);
        var escrow = await store.Journal.EntriesAsync(facts.Scheme.Id, SystemAccounts.Escrow, ct);
        var cash = escrow.Where(e => Redev.Statements.EntryNotes.Read(e.Metadata).Holder == holder).ToArray();
        var units = own.Where(e => e.Asset == Asset.Units && e.Kind is EntryKind.Posted or EntryKind.PostPending).ToArray();
        bool Mine(AccountRef a) => a.Holder == holder;
        var received = units.Where(e => Mine(e.Credit) && !Mine(e.Debit)).Sum(e => e.Amount);
        var cancelled = units.Where(e => Mine(e.Debit) && e.Credit == AccountRef.Redemption).Sum(e => e.Amount);
        var transferred = units.Where(e => Mine(e.Debit) && !Mine(e.Credit) && e.Credit != AccountRef.Redemption).Sum(e => e.Amount);
        var all = own.Concat(cash).DistinctBy(e => e.Seq).OrderBy(e => e.Seq).ToArray();
        var hashes = all.SelectMany(e => e.Hash).ToArray();
        // The whole life of the holding, from its first entry to the day after closing (Hong Kong dates).
        var from = own.Count == 0 ? "" : Scheme.HongKongDate(own[0].Timestamp).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = Scheme.HongKongDate(now).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csvSha = "";
        if (from.Length > 0 && (await _statements.RunAsync(caller, new Statements.StatementCommand(facts.Scheme.Id.Value, holder, from, to), ct)) is { Succeeded: true } statement)
        {
            csvSha = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
                Redev.Statements.StatementCsv.Write(statement.Value!, Redev.Statements.StatementLanguage.English))));
        }
        return new FinalStatementRecord(holder, received, cancelled, transferred,
            cash.Where(e => e.Debit == AccountRef.Escrow).Sum(e => e.Amount), cash.Where(e => e.Credit == AccountRef.Escrow).Sum(e => e.Amount),
            facts.Taken.Values.FirstOrDefault(t => t.Holder == holder)?.Flat ?? "", all.Length, Convert.ToHexStringLower(SHA256.HashData(hashes)), from, to, csvSha);
    }
}
