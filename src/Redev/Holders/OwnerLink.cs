using Redev.Schemes;

namespace Redev.Holders;

/// <summary>
/// The notary's statement that a register owner of one scheme (the text as written in the register) is
/// this holder, after checking an identity document of <see cref="Document"/> type at <see cref="CheckedAt"/>.
/// </summary>
public sealed record OwnerLink(SchemeId Scheme, string Owner, HolderId Holder, IdentityDocument Document, DateTimeOffset CheckedAt, string LinkedBy, DateTimeOffset LinkedAt);
