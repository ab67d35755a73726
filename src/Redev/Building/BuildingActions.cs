namespace Redev.Building;

/// <summary>The audit trail's action codes for the building stage (docs/ledger.md lists every action).</summary>
public static class BuildingActions
{
    public const string MilestoneCertified = "milestone-certified";
    public const string AppraisalRecorded = "appraisal-recorded";
    public const string ValuationAdopted = "valuation-adopted";
    public const string MilestoneDelayed = "milestone-delayed";
    public const string DeveloperDefault = "developer-default";
}
