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
}
