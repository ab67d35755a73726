namespace Redev.Store.Schemes;

// Row shapes as Dapper reads them; integer columns are read as long on both engines.
internal sealed class ConsentRow
{
    public string SchemeId { get; set; } = "";
    public string Owner { get; set; } = "";
    public string At { get; set; } = "";
    public string? Evidence { get; set; }
}
