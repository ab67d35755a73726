using Redev.Allocation;

namespace Redev.Holders;

/// <summary>
/// How ledger account holders are named, so that no two kinds can collide by construction: a register
/// owner's accounts carry the owner's text as written (which may never begin with <c>@</c>: the register
/// import refuses it), and every other holder begins with <c>@</c> — the system accounts, the developer,
/// the hold-out buy-out, and registered holders as <c>@holder:ID</c>. See docs/ledger.md.
/// </summary>
public static class LedgerHolders
{
    /// <summary>The developer's units and cash in a scheme.</summary>
    public const string Developer = "@developer";

    /// <summary>The units issued against the cash that buys out hold-outs.</summary>
    public const string BuyOut = "@hold-out-buy-out";

    private const string HolderPrefix = "@holder:";

    public static string ForHolder(HolderId id) => HolderPrefix + id.Value;

    /// <summary>The ledger holder an allocation line is issued to.</summary>
    public static string ForAllocation(string holder, HolderRole role) => role switch
    {
        HolderRole.Developer => Developer,
        HolderRole.BuyOut => BuyOut,
        _ => holder,
    };

    /// <summary>Whether a ledger holder name is a register owner's text (not a system, developer or holder account).</summary>
    public static bool IsRegisterOwner(string holder) => !string.IsNullOrEmpty(holder) && holder[0] != '@';

    /// <summary>The holder id inside <c>@holder:ID</c>, if it is one.</summary>
    public static HolderId? HolderOf(string ledgerHolder) =>
        ledgerHolder is not null && ledgerHolder.StartsWith(HolderPrefix, StringComparison.Ordinal) && HolderId.TryParse(ledgerHolder[HolderPrefix.Length..], out var id)
            ? id : null;
}
