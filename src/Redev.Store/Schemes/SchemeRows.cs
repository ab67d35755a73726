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
}

internal sealed class RegisterRow
{
    public string SchemeId { get; set; } = "";
    public long Line { get; set; }
    public string Lot { get; set; } = "";
    public string Flat { get; set; } = "";
    public long Shares { get; set; }
    public string? SaleableAreaSqft { get; set; }
    public string? Owner { get; set; }
    public string Fraction { get; set; } = "";
    public long? AppraisedCents { get; set; }
    public string? Mortgagee { get; set; }
    public string Use { get; set; } = "";
    public string? Occupancy { get; set; }
}

internal sealed class ConsentRow
{
    public string SchemeId { get; set; } = "";
    public string Owner { get; set; } = "";
    public string At { get; set; } = "";
}

internal sealed class ThresholdRow
{
    public string SchemeId { get; set; } = "";
    public string Lot { get; set; } = "";
    public string Version { get; set; } = "";
    public string ClassId { get; set; } = "";
    public string ClassDescription { get; set; } = "";
    public long ThresholdPercent { get; set; }
    public string Source { get; set; } = "";
    public long AgeYears { get; set; }
}

internal sealed class EventRow
{
    public string SchemeId { get; set; } = "";
    public long Seq { get; set; }
    public string At { get; set; } = "";
    public string FromState { get; set; } = "";
    public string ToState { get; set; } = "";
    public string Note { get; set; } = "";
}

internal sealed class SummaryRow
{
    public string SchemeId { get; set; } = "";
    public string Name { get; set; } = "";
    public string State { get; set; } = "";
    public long CompletionYear { get; set; }
    public string CreatedAt { get; set; } = "";
    public long Flats { get; set; }
    public long Owners { get; set; }
    public long Consents { get; set; }
}
