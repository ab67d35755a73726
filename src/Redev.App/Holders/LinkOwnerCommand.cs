using Redev.Holders;
using Redev.Schemes;

namespace Redev.App.Holders;

/// <summary>
/// The notary's link of a register owner to a holder, after checking an identity document of the given type.
/// <paramref name="Holder"/> is a holder id; <paramref name="UserName"/> may name the holder by its sign-in instead.
/// </summary>
public sealed record LinkOwnerCommand(string? Scheme, string? Owner, string? Holder, string? DocumentType, string? UserName = null);
