using Redev.Schemes;

namespace Redev.App;

/// <summary>The refusals the application layer itself gives, built in one place so their words and values stay alike.</summary>
internal static class AppRefusals
{
    public static Refusal NoScheme(string id) => Refusal.With("no-scheme", $"There is no scheme \"{id}\".", ("scheme", id));

    public static Refusal NoScheme(SchemeId id) => NoScheme(id.Value);

    /// <summary>An owner is needed and none was given; the problem names the field for forms and clients.</summary>
    public static Refusal MissingOwner { get; } =
        Refusal.With("bad-input", "owner: missing; give the owner exactly as written in the register.", ("field", "owner"));

    public static Refusal Forbidden(Caller caller, string what) =>
        new("forbidden", $"{caller.Name} ({caller.Role.Name()}) may not {what}.");

    public static Refusal NotYours(string what) => new("not-your-holding", $"You may {what} only for the holders the notary linked to your account.");
}
