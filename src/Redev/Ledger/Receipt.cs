using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>One entry in a receipt, with the proof that it is in the checkpointed tree.</summary>
public sealed record ReceiptEntry(LedgerEntry Entry, IReadOnlyList<byte[]> Proof);

/// <summary>
/// What a holder takes away: their entries, each with a Merkle inclusion proof, and the notary's
/// signed checkpoint those proofs lead to. Checkable offline with nothing but the notary's public key.
/// </summary>
public sealed record Receipt(SchemeId Scheme, string Holder, IReadOnlyList<ReceiptEntry> Entries, Checkpoint Checkpoint, string NotaryPublicKeyPem)
{
    /// <summary>
    /// Checks everything a receipt claims; returns the problems found (none means valid).
    /// </summary>
    /// <param name="trustedKeyPem">The notary key the holder trusts (obtained separately, not from the receipt).</param>
    public IReadOnlyList<string> Verify(string trustedKeyPem)
    {
        var problems = new List<string>();
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(trustedKeyPem);
        }
        catch (ArgumentException)
        {
            return ["the trusted key is not a PEM public key"];
        }
        if (Normalise(trustedKeyPem) != Normalise(NotaryPublicKeyPem))
        {
            problems.Add("the receipt names a different notary key from the trusted one");
        }
        if (Checkpoint.Scheme != Scheme)
        {
            problems.Add($"the checkpoint is for scheme {Checkpoint.Scheme}, not {Scheme}");
        }
        if (!Checkpoint.VerifySignature(key))
        {
            problems.Add("the checkpoint's signature does not verify with the trusted key");
        }
        foreach (var (entry, proof) in Entries)
        {
            var where = $"entry #{entry.Seq} ({entry.Id})";
            if (entry.Debit.Holder != Holder && entry.Credit.Holder != Holder)
            {
                problems.Add($"{where} does not concern holder {Holder}");
            }
            if (!EntryCodec.Hash(entry).AsSpan().SequenceEqual(entry.Hash))
            {
                problems.Add($"{where}: its hash does not match its content");
            }
            if (!Merkle.VerifyInclusion(Merkle.Leaf(entry.Hash), entry.Seq - 1, Checkpoint.Count, proof, Checkpoint.Root))
            {
                problems.Add($"{where}: its inclusion proof does not lead to the checkpoint's root");
            }
        }
        return problems;
    }

    private static string Normalise(string pem) => string.Concat(pem.Where(c => !char.IsWhiteSpace(c)));

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new SchemeIdJson() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the receipt as JSON; byte arrays are base64, times ISO-8601 UTC.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <exception cref="JsonException">When the text is not a receipt.</exception>
    public static Receipt FromJson(string json) =>
        JsonSerializer.Deserialize<Receipt>(json, Options) ?? throw new JsonException("The file holds no receipt.");

    private sealed class SchemeIdJson : JsonConverter<SchemeId>
    {
        public override SchemeId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            SchemeId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Not a scheme id.");

        public override void Write(Utf8JsonWriter writer, SchemeId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
