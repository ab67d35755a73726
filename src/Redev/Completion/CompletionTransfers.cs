using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Redev.Ledger;
using Redev.Primitives;
using Redev.Schemes;

namespace Redev.Completion;

/// <summary>
/// The ledger movements after completion (docs/completion.md). Every id is derived from what it records
/// (the flat, the sale, the payout round, the year), so a repeated or racing request replays instead of
/// cancelling units or paying twice. Cash to a holder carries <c>"holder"</c> and <c>"payee"</c> in its
/// metadata, cash from one <c>"holder"</c>, so the holder's statement finds it.
/// </summary>
public static class CompletionTransfers
{
    /// <summary>Who authorises the convener's completion movements in the journal.</summary>
    public const string ConvenerAuthority = "@convener";

    /// <summary>
    /// The batch of a holder taking a flat: every free unit it holds is cancelled with the flat named, and a
    /// top-up, when the flat is worth more, is paid into escrow against the bank's reference. A refund is
    /// owed instead and paid by the next payout, since escrow may hold no cash yet.
    /// </summary>
    public static IReadOnlyList<TransferRequest> TakeFlat(SchemeId scheme, FlatTake take, string bankReference)
    {
        ArgumentNullException.ThrowIfNull(take);
        var meta = Json(new
        {
            step = "flat", holder = take.Holder, flat = take.Flat, unitsValueCents = take.UnitsValue.Value, flatValueCents = take.FlatValue.Value,
            topUpCents = take.TopUp.Value, refundOwedCents = take.Refund.Value,
        });
        var batch = new List<TransferRequest>
        {
            new(IdFor(scheme, "flat-units", take.Flat), scheme, new AccountRef(take.Holder, Asset.Units), AccountRef.Redemption, take.Units,
                TransferCode.Redeem, AuthorizedBy: ConvenerAuthority, Metadata: meta),
        };
        if (take.TopUp.Value > 0)
        {
            batch.Add(new(IdFor(scheme, "flat-top-up", take.Flat), scheme, AccountRef.CashIn, AccountRef.Escrow, take.TopUp.Value, TransferCode.Deposit,
                AuthorizedBy: ConvenerAuthority, Metadata: Json(new { step = "top-up", holder = take.Holder, flat = take.Flat, bankReference })));
        }
        return batch;
    }

    /// <summary>A flat's sale price paid into escrow, against the bank's reference.</summary>
    public static TransferRequest Sale(SchemeId scheme, string flat, Cents price, string buyer, string bankReference) =>
        new(IdFor(scheme, "sale", flat), scheme, AccountRef.CashIn, AccountRef.Escrow, price.Value, TransferCode.Deposit,
            AuthorizedBy: ConvenerAuthority, Metadata: Json(new { step = "sale", flat, buyer, bankReference }));

    /// <summary>
    /// The batch of payout <paramref name="key"/> (<c>sale-1</c>, …): every waterfall line leaves escrow to its payee, and
    /// every units account in <paramref name="cancel"/> (free or pledged) is emptied into redemption, so a
    /// holder is paid and its units cancelled together or not at all.
    /// </summary>
    public static IReadOnlyList<TransferRequest> Payout(SchemeId scheme, string key, WaterfallResult waterfall, IReadOnlyList<(AccountRef Account, long Units)> cancel)
    {
        ArgumentNullException.ThrowIfNull(waterfall);
        ArgumentNullException.ThrowIfNull(cancel);
        var r = key;
        var round = key;
        var batch = new List<TransferRequest>();
        foreach (var (line, i) in waterfall.Lines.Select((l, i) => (l, i)))
        {
            if (line.Cents.Value == 0)
            {
                continue;
            }
            var step = line.Step switch
            {
                WaterfallStep.SellingCosts => "selling-costs",
                WaterfallStep.Creditor => line.Holder.Length > 0 ? "refund" : "creditor",
                WaterfallStep.ConvenerFee => "convener-fee",
                _ => "sale",
            };
            var code = line.Holder.Length > 0 ? TransferCode.Distribution : TransferCode.Payment;
            batch.Add(new(IdFor(scheme, "payout", $"{r}/{i.ToString(CultureInfo.InvariantCulture)}"), scheme, AccountRef.Escrow, AccountRef.CashOut,
                line.Cents.Value, code, AuthorizedBy: TransferRules.PayoutAuthority,
                Metadata: Json(new { step, round, holder = line.Holder, payee = line.Payee, name = line.Name })));
        }
        foreach (var (account, units) in cancel.Where(c => c.Units > 0))
        {
            batch.Add(new(IdFor(scheme, "payout-units", $"{r}/{account.Holder}/{account.PledgedTo}"), scheme, account, AccountRef.Redemption, units,
                TransferCode.Redeem, AuthorizedBy: TransferRules.PayoutAuthority,
                Metadata: Json(new { step = "sale", round, holder = account.Holder, pledgee = account.PledgedTo })));
        }
        return batch;
    }

    /// <summary>A month's rent from a lease paid into the fund's cash.</summary>
    public static TransferRequest Rent(SchemeId scheme, string flat, string month, Cents amount, string tenant, string bankReference) =>
        new(IdFor(scheme, "rent", $"{flat}/{month}"), scheme, AccountRef.CashIn, AccountRef.Escrow, amount.Value, TransferCode.Deposit,
            AuthorizedBy: ConvenerAuthority, Metadata: Json(new { step = "rent", flat, month, tenant, bankReference }));

    /// <summary>An expense of the income fund (repairs, rates, the manager's fee) paid out of its cash.</summary>
    public static TransferRequest Expense(SchemeId scheme, string reference, Cents amount, string payee, string what, string year) =>
        new(IdFor(scheme, "expense", reference), scheme, AccountRef.Escrow, AccountRef.CashOut, amount.Value, TransferCode.Payment,
            AuthorizedBy: ConvenerAuthority, Metadata: Json(new { step = "expense", reference, payee, what, year }));

    /// <summary>A year's income distribution: the manager's fee, then one payment per holder, to its payee.</summary>
    public static IReadOnlyList<TransferRequest> Income(SchemeId scheme, int year, IncomeDistribution distribution, string manager)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var y = year.ToString(CultureInfo.InvariantCulture);
        var fee = distribution.ManagementFee.Value > 0
            ? new[]
            {
                new TransferRequest(IdFor(scheme, "management-fee", y), scheme, AccountRef.Escrow, AccountRef.CashOut, distribution.ManagementFee.Value, TransferCode.Payment,
                    AuthorizedBy: TransferRules.PayoutAuthority, Metadata: Json(new { step = "management-fee", year, payee = manager })),
            }
            : [];
        return fee.Concat(distribution.Lines.Where(l => l.Cents.Value > 0).Select(l =>
            new TransferRequest(IdFor(scheme, "income", $"{y}/{l.Holder}"), scheme, AccountRef.Escrow, AccountRef.CashOut, l.Cents.Value, TransferCode.Distribution,
                AuthorizedBy: TransferRules.PayoutAuthority,
                Metadata: Json(new { step = "income", year, holder = l.Holder, payee = l.Payee, perUnitCents = distribution.PerUnitCents })))).ToArray();
    }

    /// <summary>What is left in escrow at closing, paid to the named account.</summary>
    public static TransferRequest Residue(SchemeId scheme, Cents amount, string payee) =>
        new(IdFor(scheme, "residue", "close"), scheme, AccountRef.Escrow, AccountRef.CashOut, amount.Value, TransferCode.Payment,
            AuthorizedBy: ConvenerAuthority, Metadata: Json(new { step = "residue", payee }));

    /// <summary>The transfer id of a completion movement: the first 16 bytes of SHA-256 over what it records.</summary>
    public static Guid IdFor(SchemeId scheme, string what, string key)
    {
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"redev-completion\n{scheme.Value}\n{what}\n{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
