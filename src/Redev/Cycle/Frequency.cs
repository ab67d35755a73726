namespace Redev.Cycle;

/// <summary>The frequency at which a source file is published, inferred from its dates.</summary>
public enum Frequency
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,

    /// <summary>One value a year stamped on 1 January (RVD's year-end stock and vacancy); read only as an inventory stock.</summary>
    Annual,
}
