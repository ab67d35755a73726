using System.Text.Json;

namespace Redev.Statements;

/// <summary>
/// What a cash or redemption entry's metadata says about whom it was for. The completion stage writes
/// <c>{"holder": …, "payee": …, "step": …, "flat": …}</c> on entries that pay a holder from escrow, take a
/// holder's top-up or cancel their units; cash paid out leaves through <c>@cash-out</c>, not the holder's own
/// account, so the metadata is the only place the holder is named. Metadata that is not a JSON object names no one.
/// </summary>
/// <remarks>The same reading serves the completion stage's own rules (payout rounds, rent months, income
/// years, a creditor's name), so there is one parser of entry metadata.</remarks>
public sealed record EntryNotes(string? Holder, string? Payee, string? Step, string? Flat,
    string? Round = null, string? Month = null, string? Year = null, string? Name = null)
{
    private static readonly EntryNotes None = new(null, null, null, null);

    public static EntryNotes Read(string? metadata)
    {
        if (string.IsNullOrWhiteSpace(metadata) || metadata.TrimStart()[0] != '{')
        {
            return None;
        }
        try
        {
            using var doc = JsonDocument.Parse(metadata);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return None;
            }
            var r = doc.RootElement;
            return new EntryNotes(Text(r, "holder"), Text(r, "payee"), Text(r, "step"), Text(r, "flat"),
                Text(r, "round"), Text(r, "month"), Text(r, "year") ?? Number(r, "year"), Text(r, "name"));
        }
        catch (JsonException)
        {
            // Free metadata from older entries (a transfer's note) may be any text: it names no holder.
            return None;
        }
    }

    // An income entry writes its year as a number.
    private static string? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
