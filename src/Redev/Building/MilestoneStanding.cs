namespace Redev.Building;

/// <summary>Where one milestone stands against its target date on a given Hong Kong day.</summary>
public enum MilestoneStanding
{
    /// <summary>Certified on or before its target date.</summary>
    CertifiedOnTime,

    /// <summary>Certified after its target date but within the grace period.</summary>
    CertifiedLate,

    /// <summary>Not certified, and its target date has not passed.</summary>
    Due,

    /// <summary>Not certified, past its target date, within the grace period: a delay.</summary>
    Delayed,

    /// <summary>Not certified, past its target date and the grace period: the developer is in default.</summary>
    Defaulted,
}
