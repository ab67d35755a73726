using Redev.Cli.Schemes;
using Redev.Ledger;
using Spectre.Console;

namespace Redev.Cli.Ledger;

/// <summary>Prints a receipt so a holder can read it: what moved, and the key that vouches for it.</summary>
public static class ReceiptView
{
    public static void Print(CliIO io, Receipt receipt, string? path)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(receipt);
        io.Console.WriteLine($"Receipt for {receipt.Holder} in scheme {receipt.Scheme}: {receipt.Entries.Count} entries" + (path is null ? "" : $", written to {path}"));
        var t = new Table().AddColumns("#", "When (HKT)", "What", "From", "To").AddColumn(new TableColumn("Amount").RightAligned());
        foreach (var (e, _) in receipt.Entries)
        {
            t.AddRow(e.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), SchemeView.HongKong(e.Timestamp),
                $"{e.Code.ToString().ToLowerInvariant()}{(e.Kind == EntryKind.Posted ? "" : $" ({e.Kind})")}",
                Markup.Escape(e.Debit.ToString()), Markup.Escape(e.Credit.ToString()), LedgerCommands.Amount(e.Asset, e.Amount));
        }
        io.Console.Write(t);
        io.Console.WriteLine($"Checkpoint: {receipt.Checkpoint.Count} entries, root {Convert.ToHexStringLower(receipt.Checkpoint.Root)}, signed {SchemeView.HongKong(receipt.Checkpoint.SignedAt)}");
        foreach (var a in receipt.Balance?.Leaf.Accounts ?? [])
        {
            // What the notary signed for this holder: the entries above must add up to it.
            io.Console.WriteLine($"Signed balance {new AccountRef(receipt.Holder, a.Asset, a.PledgedTo)}: {LedgerCommands.Amount(a.Asset, a.Balance)} over {a.Entries} entr{(a.Entries == 1 ? "y" : "ies")}");
        }
        io.Console.WriteLine("Notary public key (check it against the one the notary publishes):");
        io.Out.WriteLine(receipt.NotaryPublicKeyPem);
    }
}
