using System.Buffers;
using System.Security.Cryptography;

namespace Redev.Ledger;

/// <summary>
/// A holder's leaf in a checkpoint's balance tree: every account of theirs the journal touched,
/// ordered by asset name then pledgee (UTF-8 bytes). Its sums are its units and HKD balances, which
/// the tree adds up to the units outstanding and the cash held (docs/ledger.md, "The balance tree").
/// </summary>
public sealed record BalanceLeaf(string Holder, IReadOnlyList<HeldAccount> Accounts)
{
    private static readonly byte[] Tag = "redev-balance-v1"u8.ToArray();

    /// <summary>The bytes the leaf hash covers (after the 0x00 leaf prefix).</summary>
    public byte[] CanonicalBytes()
    {
        using var s = new MemoryStream();
        s.Write(Tag);
        EntryCodec.Str(s, Holder);
        EntryCodec.Int(s, Accounts.Count);
        foreach (var a in Accounts)
        {
            EntryCodec.Str(s, a.Asset.Name());
            EntryCodec.Str(s, a.PledgedTo);
            EntryCodec.Int(s, a.Balance);
            EntryCodec.Int(s, a.PendingDebits);
            EntryCodec.Int(s, a.PendingCredits);
            EntryCodec.Int(s, a.Entries);
        }
        return s.ToArray();
    }

    /// <summary>The leaf as a node of the sum tree: SHA-256(0x00 ‖ canonical bytes), with its units and HKD balances.</summary>
    public SumNode Node()
    {
        var bytes = CanonicalBytes();
        var b = new byte[1 + bytes.Length];
        bytes.CopyTo(b, 1);
        return new SumNode(SHA256.HashData(b), Sum(Asset.Units), Sum(Asset.HkdCents));
    }

    private long Sum(Asset asset) => Accounts.Where(a => a.Asset == asset).Aggregate(0L, (t, a) => checked(t + a.Balance));
}
