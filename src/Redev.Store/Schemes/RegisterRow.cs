namespace Redev.Store.Schemes;

// Row shapes as Dapper reads them; integer columns are read as long on both engines.
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
