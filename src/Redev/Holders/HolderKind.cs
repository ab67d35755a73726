namespace Redev.Holders;

/// <summary>A holder is a natural person or a company; the identity document the notary checks differs.</summary>
public enum HolderKind
{
    Person,
    Company,
}
