using System.Globalization;
using Redev.Building;
using Redev.Schemes;
using Redev.Store;

namespace Redev.App.Building;

/// <summary>
/// The certifier signs off a milestone (docs/building.md): in one linked ledger batch its draw leaves escrow
/// for the payee and, under equity, the developer receives that milestone's units; the certification with
/// its evidence hashes is written with its audit record, and the notary's checkpoint signs it. A milestone
/// is certified once, in order, and never after the developer's default.
/// </summary>
public sealed class CertifyMilestone(RedevStore store, NotarySeal notary, TimeProvider clock, ReviewSchedule review)
{
    /// <summary>Most evidence documents on one certification.</summary>
    public const int MaxEvidence = 20;

    public async Task<Result<MilestoneCertified>> RunAsync(Caller caller, CertifyCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(command);
        if (!caller.Is(Role.Certifier))
        {
            return AppRefusals.Forbidden(caller, "certify milestones (only the independent certifier does)");
        }
        if (await SchemeLookup.FindAsync(store, command.Scheme, ct) is not { } scheme)
        {
            return AppRefusals.NoScheme(command.Scheme ?? "");
        }
        if (scheme.State != SchemeState.Building || scheme.Schedule is not { } schedule)
        {
            return Refusal.With("not-building", $"Scheme {scheme.Id} is {scheme.State}; milestones are certified while it is building.", ("state", scheme.State.ToString()));
        }
        if (FindMilestone(schedule, command.Milestone) is not { } number)
        {
            return Refusal.With("unknown-milestone", $"milestone: \"{command.Milestone}\" is neither a number from 1 to {schedule.Milestones.Count} nor a milestone's name.", ("milestone", command.Milestone ?? ""));
        }
        if (ParseEvidence(command.Evidence) is not { } evidence)
        {
            return Refusal.With("bad-evidence", $"evidence: give 1 to {MaxEvidence} SHA-256 hashes (64 hex digits each) of the documents the certification rests on.", ("field", "evidence"));
        }
        var payee = command.Payee?.Trim() ?? "";
        if (payee.Length is 0 or > 100 || payee.Any(char.IsControl))
        {
            return Refusal.With("bad-payee", "payee: name who is paid the milestone's draw (the contractor or the developer), 1 to 100 characters.", ("field", "payee"));
        }
        var now = clock.GetUtcNow();
        await review.RecordAsync(caller, scheme, ct);
        var facts = await BuildingFacts.LoadAsync(store, scheme, now, ct);
        var milestone = schedule.Milestones[number - 1];
        if (facts.Certifications.FirstOrDefault(c => c.Number == number) is { } done)
        {
            return done.Evidence.SequenceEqual(evidence) && done.Payee == payee
                ? Result<MilestoneCertified>.Done(new MilestoneCertified(done, true, done.CertifiedOn > milestone.TargetDate))
                : AlreadyCertified(scheme.Id, number, milestone);
        }
        if (facts.DefaultedMilestone is { } defaulted)
        {
            return Refusal.With("developer-default",
                $"The developer of scheme {scheme.Id} is in default: milestone {defaulted} passed its target date and the {schedule.GraceDays}-day grace uncertified, so no more milestones are certified and no more developer units issued.",
                ("milestone", defaulted.ToString(CultureInfo.InvariantCulture)));
        }
        if (number > 1 && !facts.Certifications.Any(c => c.Number == number - 1))
        {
            return Refusal.With("milestone-out-of-order", $"Milestone {number} (\"{milestone.Name}\") comes after milestone {number - 1}, which is not certified yet.",
                ("milestone", number.ToString(CultureInfo.InvariantCulture)));
        }
        var draw = new Primitives.Cents(schedule.Piece(facts.Committed.Value, number));
        var units = schedule.Piece(facts.DeveloperUnitsTotal, number);
        var batch = BuildingTransfers.Certify(scheme.Id, number, milestone.Name, draw, units, payee);
        if (batch.Count > 0)
        {
            var posted = await store.Ledger.SubmitAsync(batch, ct);
            if (!posted.Succeeded)
            {
                return posted.Refusal!;
            }
        }
        var certification = new Certification(scheme.Id, number, milestone.Name, now, caller.Name, evidence, payee, draw, units);
        if (!await store.Building.CertifyAsync(certification, notary.Key, ct))
        {
            // A racing request certified it first with the same ledger batch (same ids): answer as a repeat would.
            var winner = (await store.Building.CertificationsAsync(scheme.Id, ct)).First(c => c.Number == number);
            return winner.Evidence.SequenceEqual(evidence) && winner.Payee == payee
                ? Result<MilestoneCertified>.Done(new MilestoneCertified(winner, true, winner.CertifiedOn > milestone.TargetDate))
                : AlreadyCertified(scheme.Id, number, milestone);
        }
        await store.Checkpoints.SignAsync(scheme.Id, notary.Key, now, ct);
        return Result<MilestoneCertified>.Done(new MilestoneCertified(certification, false, certification.CertifiedOn > milestone.TargetDate));
    }

    private static Refusal AlreadyCertified(SchemeId scheme, int number, Milestone milestone) =>
        Refusal.With("already-certified", $"Milestone {number} (\"{milestone.Name}\") of scheme {scheme} is already certified; a milestone is certified once.",
            ("milestone", number.ToString(CultureInfo.InvariantCulture)));

    private static int? FindMilestone(MilestoneSchedule schedule, string? text)
    {
        var t = text?.Trim() ?? "";
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n >= 1 && n <= schedule.Milestones.Count ? n : null;
        }
        for (var i = 0; i < schedule.Milestones.Count; i++)
        {
            if (string.Equals(schedule.Milestones[i].Name, t, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return null;
    }

    private static string[]? ParseEvidence(string? text)
    {
        var hashes = (text ?? "").Split([',', ' ', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => h.ToLowerInvariant()).Distinct().ToArray();
        return hashes.Length is >= 1 and <= MaxEvidence && hashes.All(h => h.Length == 64 && h.All(Uri.IsHexDigit)) ? hashes : null;
    }
}
