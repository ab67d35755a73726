namespace Redev.App;

/// <summary>
/// What a caller is to Redev (DESIGN's people). A caller has exactly one role, so what a use case allows
/// never depends on how roles combine.
/// </summary>
public enum Role
{
    /// <summary>The renewal authority's convener: opens schemes, loads registers, moves the lifecycle.</summary>
    Convener,

    /// <summary>The renewal authority's notary: registers and links holders, decides transfers, signs checkpoints.</summary>
    Notary,

    Owner,
    Developer,
    Investor,

    /// <summary>
    /// Whoever runs the <c>redev</c> command line on the store's own machine: they can open the database
    /// file itself, so the CLI acts with every staff right and its acts are recorded as the operator's.
    /// </summary>
    Operator,

    /// <summary>
    /// The independent certifier (an Authorised Person or quantity surveyor): certifies construction
    /// milestones and records and adopts the appraisers' valuations. Independent of convener and developer,
    /// so neither can release escrow or set the NAV alone.
    /// </summary>
    Certifier,
}
