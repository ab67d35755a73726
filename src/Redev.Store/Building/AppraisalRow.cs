namespace Redev.Store.Building;

internal sealed class AppraisalRow
{
    public string SchemeId { get; set; } = "";
    public string ValuedOn { get; set; } = "";
    public string Appraiser { get; set; } = "";
    public long ValueCents { get; set; }
    public string ReportHash { get; set; } = "";
    public string RecordedAt { get; set; } = "";
    public string RecordedBy { get; set; } = "";
}
