namespace Redev.Store.Completion;

/// <summary>
/// One fact of the completion stage as stored: its kind (<c>flats</c>, <c>window</c>, <c>choice</c>,
/// <c>taken</c>, <c>kept</c>, <c>sold</c>, <c>payout</c>, <c>lease</c>, <c>income</c>, <c>statement</c>,
/// <c>closed</c>), what it is about (a flat, a holder, a round), its JSON body and its place in the scheme's
/// order. A (kind, subject) pair is written once, which makes racing writers of one fact leave one row.
/// </summary>
public sealed record CompletionRecord(long Seq, string Kind, string Subject, string Body, DateTimeOffset RecordedAt, string RecordedBy);
