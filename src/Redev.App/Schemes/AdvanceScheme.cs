using System.Globalization;
using Redev.App.Building;
using Redev.Building;
using Redev.Ledger;
using Redev.Schemes;
using Redev.Store;
using Redev.Store.Ledger;

namespace Redev.App.Schemes;

/// <summary>
/// Moves a scheme to its next lifecycle state if its guard allows (convener). Vesting issues the units
/// through the ledger in the same use case, so no front end can vest a scheme without its units.
/// </summary>
public sealed class AdvanceScheme(RedevStore store, TimeProvider clock, Completion.CloseScheme close)
{
    private readonly SchemeChanges _changes = new(store);

    // Only reached when the scheme vanished between the two reads; the change then refuses for that.
    private static readonly StageEvidence NoEvidence = new(Primitives.Cents.Zero, Primitives.Cents.Zero, 0, 0, false);

    public async Task<Result<Advanced>> RunAsync(Caller caller, AdvanceCommand command, CancellationToken ct = default)
    {
        var request = await ReadAsync(caller, command, ct);
        if (!request.Succeeded)
        {
            return request.Refusal;
        }
        var (state, deadline, note, evidence) = request.Value;
        if (state == SchemeState.Closed)
        {
            // Closing is more than a move: it writes every holder's final statement, so it has one way in.
            var closed = await close.RunAsync(caller, new Completion.CloseCommand(command.Scheme), ct);
            if (!closed.Succeeded)
            {
                return closed.Refusal!;
            }
            return await SchemeLookup.FindAsync(store, command.Scheme, ct) is { } done ? Result<Advanced>.Done(new Advanced(done, 0)) : AppRefusals.NoScheme(command.Scheme ?? "");
        }
        var now = clock.GetUtcNow();
        var changed = await _changes.ChangeAsync(command.Scheme,
            s => s.Advance(state, now, ThresholdTable.Cap545, deadline, note, evidence ?? NoEvidence), ct);
        if (!changed.Succeeded)
        {
            return changed.Refusal;
        }
        var scheme = changed.Value;
        if (scheme.State != SchemeState.Vested)
        {
            return Result<Advanced>.Done(new Advanced(scheme, 0));
        }
        var issued = await Vesting.IssueAsync(store, scheme, ct);
        if (!issued.Succeeded)
        {
            // Issuing is idempotent (fixed transfer ids): IssueUnits finishes it after whatever stopped it.
            return new Refusal(issued.Refusal!.Code, $"The scheme vested but its units were not issued: {issued.Refusal.Message} Issue them again (it is safe to repeat).")
            { Args = issued.Refusal.Args };
        }
        return Result<Advanced>.Done(new Advanced(scheme, issued.Results!.Count(r => !r.Replayed)));
    }

    /// <summary>What <see cref="RunAsync"/> would do, tried on a copy of the scheme that is never saved.</summary>
    public async Task<Result<AdvancePreview>> PreviewAsync(Caller caller, AdvanceCommand command, CancellationToken ct = default)
    {
        var request = await ReadAsync(caller, command, ct);
        if (!request.Succeeded)
        {
            return request.Refusal;
        }
        var (state, deadline, note, evidence) = request.Value;
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        var now = clock.GetUtcNow();
        var facts = await BuildingFacts.LoadAsync(store, scheme, now, ct);
        var consents = scheme.Consents.Count;
        long units = 0;
        var holdOuts = 0;
        if (state == SchemeState.Vested && scheme.Register is { } register && scheme.Terms is { } terms)
        {
            var participants = scheme.Consents.Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
            var allocation = Redev.Allocation.Allocator.Allocate(register, terms, out _, participants);
            units = allocation?.Lines.Where(l => l.Role != Redev.Allocation.HolderRole.Developer).Sum(l => l.Units.Value) ?? 0;
            holdOuts = register.Owners.Count(o => !participants.Contains(o));
        }
        // The guard is tried on this loaded copy, which is never saved: the preview and the move cannot disagree.
        var refusal = scheme.Advance(state, now, ThresholdTable.Cap545, deadline, note, evidence ?? NoEvidence);
        return Result<AdvancePreview>.Done(new AdvancePreview(scheme, state, refusal, deadline, consents, units, holdOuts,
            facts.Committed, facts.Deposited, facts.Schedule?.Milestones.Count ?? 0, facts.Certifications.Count, facts.LastValuation?.Nav.AdoptedValue));
    }

    // Who may ask, the target state, the deadline and note as typed, and the building evidence the guards read.
    private async Task<Result<(SchemeState State, DateOnly? Deadline, string Note, StageEvidence? Evidence)>> ReadAsync(Caller caller, AdvanceCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Convener))
        {
            return AppRefusals.Forbidden(caller, "move a scheme through its lifecycle");
        }
        var to = command.To?.Trim();
        if (!Enum.TryParse<SchemeState>(to, ignoreCase: true, out var state) || int.TryParse(to, out _))
        {
            return Refusal.With("bad-state",
                $"to: \"{command.To}\" is not a state; use one of {string.Join(", ", Enum.GetNames<SchemeState>().Select(n => n.ToLowerInvariant()))}.", ("state", command.To ?? ""));
        }
        DateOnly? deadline = null;
        if (!string.IsNullOrWhiteSpace(command.Deadline))
        {
            if (!DateOnly.TryParseExact(command.Deadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return new Refusal("bad-deadline", $"deadline: \"{command.Deadline}\" is not a date in the form YYYY-MM-DD.");
            }
            deadline = parsed;
        }
        var note = command.Note?.Trim() ?? "";
        if (TransferRules.CheckNote("note", note) is { } longNote)
        {
            return longNote;
        }
        StageEvidence? evidence = null;
        if (state is SchemeState.Building or SchemeState.Completed && await SchemeLookup.FindAsync(store, command.Scheme, ct) is { } current)
        {
            evidence = (await BuildingFacts.LoadAsync(store, current, clock.GetUtcNow(), ct)).Evidence;
        }
        else if (state is SchemeState.Distributed or SchemeState.Operating or SchemeState.Closed && await SchemeLookup.FindAsync(store, command.Scheme, ct) is { } after)
        {
            evidence = (await Completion.CompletionFacts.LoadAsync(store, after, clock.GetUtcNow(), ct)).StageEvidence;
        }
        return Result<(SchemeState, DateOnly?, string, StageEvidence?)>.Done((state, deadline, note, evidence));
    }
}
