using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Redev.Schemes;

namespace Redev.Ledger;

/// <summary>
/// What a holder takes away: their entries, each with a Merkle inclusion proof, and the notary's
/// signed checkpoint those proofs lead to. Checkable offline with nothing but the notary's public key.
/// With a version-3 checkpoint it also carries the holder's leaf of the balance tree, so that the
/// entries must add up to what the notary signed: none can be left out.
/// </summary>
/// <param name="Balance">The holder's balance proof; null for receipts of checkpoints older than version 3.</param>
public sealed record Receipt(SchemeId Scheme, string Holder, IReadOnlyList<ReceiptEntry> Entries, Checkpoint Checkpoint, string NotaryPublicKeyPem,
    BalanceProof? Balance = null)
{
    /// <summary>
    /// The receipt of <paramref name="holder"/> against <paramref name="checkpoint"/>: every entry of
    /// theirs among the first <see cref="Checkpoint.Count"/> of <paramref name="journal"/> with its
    /// inclusion proof, and their balance proof when the checkpoint commits to balances.
    /// </summary>
    /// <param name="journal">The scheme's entries in chain order, at least the checkpoint's count of them.</param>
    public static Receipt For(IReadOnlyList<LedgerEntry> journal, string holder, Checkpoint checkpoint, string notaryPublicKeyPem)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentOutOfRangeException.ThrowIfLessThan(journal.Count, checkpoint.Count, nameof(journal));
        var prefix = journal.Take((int)checkpoint.Count).ToArray();
        var levels = Merkle.Levels(prefix.Select(e => Merkle.Leaf(e.Hash)).ToArray());
        var entries = prefix.Where(e => e.Debit.Holder == holder || e.Credit.Holder == holder)
            .Select(e => new ReceiptEntry(e, Merkle.InclusionProof(levels, e.Seq - 1))).ToArray();
        BalanceProof? balance = null;
        if (checkpoint.Balances is not null)
        {
            var leaves = BalanceTree.Leaves(prefix);
            // A mirror account (@issuance, @cash-in) has no leaf: its receipt cannot prove completeness, and says so when checked.
            var index = leaves.Select(l => l.Holder).ToList().IndexOf(holder);
            balance = index < 0 ? null : new BalanceProof(leaves[index], index, BalanceTree.InclusionProof(BalanceTree.Levels(leaves), index));
        }
        return new Receipt(checkpoint.Scheme, holder, entries, checkpoint, notaryPublicKeyPem, balance);
    }

    /// <summary>Whether the receipt proves it holds every entry of the holder up to its checkpoint (version 3).</summary>
    [JsonIgnore]
    public bool ProvesCompleteness => Checkpoint.Balances is not null;

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
        if (Entries.Count == 0)
        {
            problems.Add("the receipt holds no entries: it proves nothing");
        }
        var seen = new HashSet<long>();
        foreach (var (entry, proof) in Entries)
        {
            var where = $"entry #{entry.Seq} ({entry.Id})";
            if (!seen.Add(entry.Seq))
            {
                problems.Add($"{where} appears more than once");
            }
            if (entry.Scheme != Scheme)
            {
                problems.Add($"{where} is of scheme {entry.Scheme}, not {Scheme}");
            }
            if (entry.Debit.Holder != Holder && entry.Credit.Holder != Holder)
            {
                problems.Add($"{where} does not concern holder {Holder}");
            }
            // The hash covers the asset once, as the debit leg's: the ledger moves one asset per entry.
            if (entry.Credit.Asset != entry.Debit.Asset)
            {
                problems.Add($"{where}: its credit leg holds {entry.Credit.Asset.Name()} but its debit leg {entry.Debit.Asset.Name()} (an entry moves one asset)");
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
        VerifyBalance(problems);
        return problems;
    }

    /// <summary>The entries must add up, account by account and in number, to the holder's signed leaf.</summary>
    private void VerifyBalance(List<string> problems)
    {
        if (Checkpoint.Balances is not { } committed)
        {
            if (Balance is not null)
            {
                problems.Add("the receipt carries a balance proof but its checkpoint (version " + Checkpoint.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ") commits to no balances");
            }
            return;
        }
        if (Balance is not { } proof)
        {
            problems.Add("the checkpoint commits to balances but the receipt carries no balance proof");
            return;
        }
        if (proof.Leaf.Holder != Holder)
        {
            problems.Add($"the balance proof is for holder {proof.Leaf.Holder}, not {Holder}");
        }
        if (BalanceTree.VerifyInclusion(proof.Leaf, proof.Index, proof.Path, committed) is { } wrong)
        {
            problems.Add($"the balance proof: {wrong}");
        }
        var fromEntries = BalanceTree.Leaves(Entries.Select(e => e.Entry), h => h == Holder).SingleOrDefault()?.Accounts ?? [];
        var signed = proof.Leaf.Accounts;
        foreach (var a in signed)
        {
            var mine = fromEntries.FirstOrDefault(x => x.Asset == a.Asset && x.PledgedTo == a.PledgedTo);
            if (mine != a)
            {
                problems.Add($"account {Describe(a)}: the checkpoint commits to balance {a.Balance} (pending -{a.PendingDebits}/+{a.PendingCredits}) over {a.Entries} entries, " +
                             $"but the receipt's entries give {mine?.Balance ?? 0} (pending -{mine?.PendingDebits ?? 0}/+{mine?.PendingCredits ?? 0}) over {mine?.Entries ?? 0}: entries are missing or added");
            }
        }
        foreach (var x in fromEntries.Where(x => !signed.Any(a => a.Asset == x.Asset && a.PledgedTo == x.PledgedTo)))
        {
            problems.Add($"account {Describe(x)}: the receipt has {x.Entries} entries for it but the checkpoint commits to no such account");
        }
    }

    private string Describe(HeldAccount a) => new AccountRef(Holder, a.Asset, a.PledgedTo).ToString();

    private static string Normalise(string pem) => string.Concat(pem.Where(c => !char.IsWhiteSpace(c)));

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new SchemeIdJson() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the receipt as JSON (docs/ledger.md, "Receipts"); byte arrays are base64, times ISO-8601 UTC.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>
    /// Reads a receipt, refusing any field it shows that is not read back as written: a field the
    /// receipt does not have, or one derived from others (an entry's <c>asset</c>, an account's
    /// <c>isPledged</c>) edited to say something the fields it derives from do not.
    /// </summary>
    /// <exception cref="JsonException">When the text is not a receipt, or shows a field its content does not hold.</exception>
    public static Receipt FromJson(string json)
    {
        var receipt = JsonSerializer.Deserialize<Receipt>(json, Options) ?? throw new JsonException("The file holds no receipt.");
        if (JsonEcho.FirstDifference(json, receipt.ToJson()) is { } difference)
        {
            throw new JsonException(difference);
        }
        return receipt;
    }

    private sealed class SchemeIdJson : JsonConverter<SchemeId>
    {
        public override SchemeId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            SchemeId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Not a scheme id.");

        public override void Write(Utf8JsonWriter writer, SchemeId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
