namespace Redev.Store.Completion;

internal sealed class CompletionRow
{
    public string SchemeId { get; set; } = "";
    public long Seq { get; set; }
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Secret { get; set; }
    public string RecordedAt { get; set; } = "";
    public string RecordedBy { get; set; } = "";
}
