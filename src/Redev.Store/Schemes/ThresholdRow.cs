namespace Redev.Store.Schemes;

// Row shapes as Dapper reads them; integer columns are read as long on both engines.
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
