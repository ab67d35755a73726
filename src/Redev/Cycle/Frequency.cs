namespace Redev.Cycle;

/// <summary>The frequency at which a source file is published, inferred from its dates.</summary>
public enum Frequency
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
}
