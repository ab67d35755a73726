using System.Security.Cryptography;
using System.Text;

namespace Redev.Completion;

/// <summary>
/// The order in which holders pick their flats: each holder's ticket is
/// SHA-256("redev-lottery-v1\n" ‖ seed ‖ "\n" ‖ UTF-8 holder id), and holders go in ascending ticket order
/// (bytewise; equal tickets, which SHA-256 makes practically impossible, by holder id ordinal). Nothing else
/// enters: a holder can recompute the order from the published seed and the list of holders alone.
/// </summary>
public static class LotteryDraw
{
    private static readonly byte[] Tag = "redev-lottery-v1\n"u8.ToArray();

    public static IReadOnlyList<LotteryTicket> Order(LotterySeed seed, IEnumerable<string> holders)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(holders);
        return holders
            .Select(h => new LotteryTicket(h, Ticket(seed, h)))
            .OrderBy(t => t.Ticket, StringComparer.Ordinal)
            .ThenBy(t => t.Holder, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>A holder's ticket as 64 lower-case hex digits (ordinal order of the hex is bytewise order of the hash).</summary>
    public static string Ticket(LotterySeed seed, string holder)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(holder);
        var name = Encoding.UTF8.GetBytes(holder);
        var input = new byte[Tag.Length + LotterySeed.Length + 1 + name.Length];
        Tag.CopyTo(input, 0);
        seed.Bytes.CopyTo(input.AsSpan(Tag.Length));
        input[Tag.Length + LotterySeed.Length] = (byte)'\n';
        name.CopyTo(input, Tag.Length + LotterySeed.Length + 1);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }
}
