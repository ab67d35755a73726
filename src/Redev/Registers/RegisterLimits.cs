using System.Globalization;
using System.Numerics;
using System.Text;
using Redev.Ledger;
using Redev.Text;

namespace Redev.Registers;

/// <summary>
/// The limits a register must stay within so that every later sum over it (a lot's shares, the
/// percent of a count, the value of the building) is exact in a <c>long</c>, and the rules that keep
/// register names apart from the ledger's own accounts. See docs/allocation.md, "Register limits".
/// </summary>
public static class RegisterLimits
{
    /// <summary>
    /// Undivided shares of the whole register, added over every flat and lot. Real deeds of mutual
    /// covenant allot thousands to a few million; this leaves room for any building while a count
    /// (shares × 100 for a percentage, × 10 for the Cap. 545 class test) cannot overflow.
    /// </summary>
    public const long MaxTotalShares = 1_000_000_000_000;

    /// <summary>Appraised values of every flat added up, in cents: HK$10 trillion, far above any building.</summary>
    public const long MaxTotalAppraisalCents = 1_000_000_000_000_000;

    /// <summary>Saleable areas of every flat added up, in square feet (a billion; Hong Kong's whole housing stock is under that).</summary>
    public const decimal MaxTotalAreaSqft = 1_000_000_000m;

    /// <summary>
    /// Whether <paramref name="name"/> is spelled like one of the ledger's own accounts: those begin
    /// with <c>@</c> (<see cref="SystemAccounts"/>), so refusing every register name that does makes a
    /// collision with <c>@issuance</c>, <c>@escrow</c> or any account added later impossible.
    /// </summary>
    public static bool IsReservedName(string name) => SystemAccounts.IsSystemName(name);

    /// <summary>
    /// Decodes a register file as strict UTF-8, so a byte that is not UTF-8 is reported with its
    /// line instead of silently turning into U+FFFD inside an owner's name. A leading BOM is dropped.
    /// </summary>
    /// <returns>The text, or null with <paramref name="problem"/> set.</returns>
    public static string? Decode(string fileName, ReadOnlySpan<byte> bytes, out InputProblem? problem)
    {
        problem = null;
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, bytes.Length);
            var line = bytes[..at].Count((byte)'\n') + 1;
            var got = ex.BytesUnknown is { Length: > 0 } b ? string.Join(" ", b.Select(x => "0x" + x.ToString("X2", CultureInfo.InvariantCulture))) : null;
            problem = new InputProblem(fileName, line, "file", "is not valid UTF-8 here; save the register as UTF-8 (CSV UTF-8 in a spreadsheet)", got);
            return null;
        }
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Adds up shares, appraisals and areas over the whole register, once per flat, and reports the
    /// flat at which a total first passes its limit.
    /// </summary>
    public static void CheckTotals(string file, IReadOnlyList<RegisterEntry> entries, List<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(problems);
        BigInteger shares = 0, cents = 0;
        decimal area = 0;
        bool sharesOver = false, centsOver = false, areaOver = false;
        foreach (var flat in entries.GroupBy(e => (e.Lot, e.Flat)))
        {
            var first = flat.First();
            shares += first.Shares.Value;
            if (!sharesOver && shares > MaxTotalShares)
            {
                sharesOver = true;
                problems.Add(new InputProblem(file, first.Line, "undivided_shares", string.Create(CultureInfo.InvariantCulture,
                    $"the register's undivided shares add up to more than {MaxTotalShares:N0} at flat {first.Flat}; no deed allots that many"),
                    first.Shares.Value.ToString(CultureInfo.InvariantCulture)));
            }
            if (first.AppraisedValue is { } v)
            {
                cents += v.Value;
                if (!centsOver && cents > MaxTotalAppraisalCents)
                {
                    centsOver = true;
                    problems.Add(new InputProblem(file, first.Line, "appraised_value_hkd", string.Create(CultureInfo.InvariantCulture,
                        $"appraised values add up to more than HK${MaxTotalAppraisalCents / 100:N0} at flat {first.Flat}"), v.ToDecimalString()));
                }
            }
            if (first.SaleableAreaSqft is { } a && !areaOver)
            {
                // Checked against the limit before adding, so the decimal sum itself cannot overflow.
                if (a > MaxTotalAreaSqft - area)
                {
                    areaOver = true;
                    problems.Add(new InputProblem(file, first.Line, "saleable_area_sqft", string.Create(CultureInfo.InvariantCulture,
                        $"saleable areas add up to more than {MaxTotalAreaSqft:N0} sq ft at flat {first.Flat}"), a.ToString(CultureInfo.InvariantCulture)));
                }
                else
                {
                    area += a;
                }
            }
        }
    }
}
