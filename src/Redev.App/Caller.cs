namespace Redev.App;

/// <summary>Who asks: a signed-in user with a role, or the command line's operator. Every use case takes one.</summary>
/// <param name="Name">The sign-in name (recorded as the actor of what the caller does).</param>
public sealed record Caller(string Name, Role Role)
{
    /// <summary>The operator at the command line (see <see cref="Role.Operator"/>).</summary>
    public static Caller Operator { get; } = new("operator", Role.Operator);

    /// <summary>Whether the caller has one of <paramref name="roles"/>; the operator has every staff role.</summary>
    public bool Is(params Role[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Contains(Role) || (Role == Role.Operator && roles.Any(r => r.IsStaff()));
    }
}
