namespace Redev.App;

/// <summary>Role names as sign-in accounts store them, and what each role may do at the coarsest level.</summary>
public static class Roles
{
    public static string Name(this Role role) => role switch
    {
        Role.Convener => "convener",
        Role.Notary => "notary",
        Role.Owner => "owner",
        Role.Developer => "developer",
        Role.Investor => "investor",
        Role.Operator => "operator",
        Role.Certifier => "certifier",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? name, out Role role)
    {
        foreach (var r in Enum.GetValues<Role>())
        {
            if (string.Equals(r.Name(), name, StringComparison.Ordinal))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }

    /// <summary>Staff of the convening body, who may look at any owner's records.</summary>
    public static bool IsStaff(this Role role) => role is Role.Convener or Role.Notary or Role.Certifier or Role.Operator;

    /// <summary>Roles that hold units of their own (and so have holdings and receipts).</summary>
    public static bool Holds(this Role role) => role is Role.Owner or Role.Developer or Role.Investor;
}
