namespace Redev.Store.Schemes;

// Row shapes as Dapper reads them; integer columns are read as long on both engines.
internal sealed class EventRow
{
    public string SchemeId { get; set; } = "";
    public long Seq { get; set; }
    public string At { get; set; } = "";
    public string FromState { get; set; } = "";
    public string ToState { get; set; } = "";
    public string Note { get; set; } = "";
}
