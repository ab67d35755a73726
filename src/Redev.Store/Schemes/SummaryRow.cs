namespace Redev.Store.Schemes;

// Row shapes as Dapper reads them; integer columns are read as long on both engines.
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
