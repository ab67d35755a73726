namespace Redev.App.Completion;

/// <summary>The kinds of completion records (docs/completion.md); each is also its audit action, prefixed <c>completion-</c>.</summary>
internal static class CompletionKinds
{
    public const string Flats = "flats";
    public const string Window = "window";
    public const string WindowClosed = "window-closed";
    public const string Choice = "choice";
    public const string Taken = "taken";
    public const string Passed = "passed";
    public const string Kept = "kept";
    public const string Sold = "sold";
    public const string PayoutProposed = "payout-proposed";
    public const string Payout = "payout";
    public const string Lease = "lease";
    public const string Statement = "statement";
    public const string Closed = "closed";
}
