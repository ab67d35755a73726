namespace Redev.Store.Schemes;

// Row shapes as Dapper reads them; integer columns are read as long on both engines.
internal sealed class SchemeRow
{
    public string SchemeId { get; set; } = "";
    public string Name { get; set; } = "";
    public long CompletionYear { get; set; }
    public long DesignatedArea { get; set; }
    public long Industrial { get; set; }
    public long OutsideIndustrialZone { get; set; }
    public string CreatedAt { get; set; } = "";
    public string State { get; set; } = "";
    public long Version { get; set; }
    public string? EnrolmentDeadline { get; set; }
    public string? TermsPolicy { get; set; }
    public string? TermsWeights { get; set; }
    public long? TermsIssuePriceCents { get; set; }
    public long? TermsOwnersBaseCents { get; set; }
    public long? TermsDeveloperValueCents { get; set; }
    public string? TermsMilestones { get; set; }
    public long? TermsGraceDays { get; set; }
}
