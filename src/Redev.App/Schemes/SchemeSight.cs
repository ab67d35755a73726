namespace Redev.App.Schemes;

/// <summary>
/// What of a scheme's people a caller may see. Staff (convener, notary, the operator) see every owner, with
/// their mortgagees and consents, because running the scheme needs them. An owner sees only the register
/// owners the notary linked to them; the developer and investors see no one. Everybody sees the
/// aggregates (shares consented against the threshold), which are what they are asked to judge.
/// </summary>
/// <param name="SeesEveryone">True for staff.</param>
/// <param name="Own">The register owners the caller is, when not staff.</param>
public sealed record SchemeSight(bool SeesEveryone, IReadOnlySet<string> Own)
{
    /// <summary>Staff's sight: everyone.</summary>
    public static SchemeSight Everyone { get; } = new(true, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Whether a register row or consent of <paramref name="owner"/> may be shown (a common-parts row, with no owner, only to staff).</summary>
    public bool Sees(string? owner) => SeesEveryone || (owner is not null && Own.Contains(owner));
}
