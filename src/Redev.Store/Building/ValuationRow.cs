namespace Redev.Store.Building;

internal sealed class ValuationRow
{
    public string SchemeId { get; set; } = "";
    public string ValuedOn { get; set; } = "";
    public long AdoptedCents { get; set; }
    public long EscrowCents { get; set; }
    public long LiabilitiesCents { get; set; }
    public long UnitsOutstanding { get; set; }
    public string AdoptedAt { get; set; } = "";
    public string AdoptedBy { get; set; } = "";
}
