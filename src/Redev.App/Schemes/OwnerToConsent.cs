using Redev.Primitives;

namespace Redev.App.Schemes;

/// <summary>A register owner who has not consented, as the convener follows them up.</summary>
/// <param name="Owner">The owner as the register writes them.</param>
/// <param name="Flats">The flats they own (designations, with the lot when the site has more than one).</param>
/// <param name="Shares">Their undivided shares: each flat's shares times their fraction of it (a co-owner of half a 23-share flat has 11.5).</param>
/// <param name="Units">The whole fund units they would receive under the scheme's terms, or null while no terms are set.</param>
public sealed record OwnerToConsent(string Owner, IReadOnlyList<string> Flats, Rational Shares, long? Units);
