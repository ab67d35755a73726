using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;
using Redev.Schemes;

namespace Redev.App.Schemes;

/// <summary>
/// A scheme as one caller may read it: the whole scheme for its state, terms, progress and history, and
/// only the register rows and consents its <see cref="Sight"/> allows. Pages and the API show a scheme
/// through this, so the privacy rule is applied once, here, not per front end.
/// </summary>
public sealed record SchemeView(Scheme Scheme, SchemeSight Sight)
{
    /// <summary>The register rows the caller may see (all of them for staff, their own flats for an owner, none else).</summary>
    public IReadOnlyList<RegisterEntry> Register =>
        [.. (Scheme.Register?.Entries ?? []).Where(e => Sight.Sees(e.Owner))];

    /// <summary>The consents the caller may see, by owner.</summary>
    public IReadOnlyList<Consent> Consents =>
        [.. Scheme.Consents.Where(c => Sight.Sees(c.Owner)).OrderBy(c => c.Owner, StringComparer.Ordinal)];

    /// <summary>Whether rows were left out for this caller (so a page can say that others' details are private).</summary>
    public bool Limited => !Sight.SeesEveryone;

    /// <summary>
    /// The owners still to consent while the scheme takes consents, heaviest first: their undivided shares
    /// (what the threshold counts) and the fund units they would receive under the terms. Staff only, since it
    /// names owners; empty for anyone else and once consents are closed.
    /// </summary>
    public IReadOnlyList<OwnerToConsent> StillToConsent()
    {
        if (!Sight.SeesEveryone || Scheme.State is not (SchemeState.Draft or SchemeState.Enrolling) || Scheme.Register is not { } register)
        {
            return [];
        }
        var consented = Scheme.Consents.Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
        // Every owner is allocated as if all consented, as the owner's own preview does: that is what joining gives.
        var allocation = Scheme.Terms is { } terms ? Allocator.Allocate(register, terms, out _) : null;
        var multiLot = register.Lots.Count > 1;
        return [.. register.Entries
            .Where(e => e.Owner is { } o && !consented.Contains(o))
            .GroupBy(e => e.Owner!, StringComparer.Ordinal)
            .Select(g => new OwnerToConsent(
                g.Key,
                [.. g.Select(e => multiLot ? $"{e.Flat} ({e.Lot})" : e.Flat)],
                g.Aggregate(Rational.Zero, (sum, e) => sum + Rational.FromInteger(e.Shares.Value) * e.OwnerFraction),
                allocation?.For(g.Key)?.Units.Value))
            .OrderByDescending(o => o.Shares)
            .ThenByDescending(o => o.Units ?? 0)
            .ThenBy(o => o.Owner, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whole days from Hong Kong's today to the enrolment deadline, a Hong Kong date that is itself still open:
    /// 0 on the deadline day, negative once it has passed, null without a deadline.
    /// </summary>
    public int? DaysToDeadline(DateTimeOffset now) =>
        Scheme.EnrolmentDeadline is { } d ? d.DayNumber - Scheme.HongKongDate(now).DayNumber : null;
}
