namespace Redev.Web.Ledger;

// The receipt's JSON is written by the domain (Receipt.ToJson, the very text the CLI saves and
// `redev ledger verify-receipt` reads), so the endpoint sends that text. These records only describe its
// shape for the OpenAPI document; GeneratedClientJourneyTests checks no member of the text is left out.

/// <summary>A signed ledger receipt: the holder's entries with inclusion proofs, the checkpoint they lead to, and the notary's key.</summary>
/// <param name="Balance">Version-3 checkpoints: the holder's balance leaf and its proof into the balance tree (docs/ledger.md).</param>
public sealed record ReceiptDocument(string Scheme, string Holder, IReadOnlyList<ReceiptEntryDocument> Entries, ReceiptCheckpoint Checkpoint, string NotaryPublicKeyPem,
    ReceiptBalanceProof? Balance);

