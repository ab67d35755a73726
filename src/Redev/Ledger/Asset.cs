namespace Redev.Ledger;

/// <summary>What an account holds: the units of its scheme, or Hong Kong dollars in cents.</summary>
/// <remarks>Every account belongs to one scheme, so "units" needs no scheme of its own: a unit of
/// one scheme can never be credited to another scheme's account.</remarks>
public enum Asset
{
    Units,
    HkdCents,
}
