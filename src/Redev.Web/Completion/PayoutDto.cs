using Redev.App.Completion;

namespace Redev.Web.Completion;

/// <summary>A payout as proposed (waiting for the notary) or paid: its inputs, every line the caller may see, and the SHA-256 of its exact ledger batch.</summary>
/// <param name="Kind">sale (proceeds by the waterfall) or income (a year's rent).</param>
/// <param name="Key">Its name, e.g. sale-1 or income-2027; the notary approves it by this key.</param>
/// <param name="FeeRate">The convener's fee as a decimal fraction, e.g. 0.01.</param>
public sealed record PayoutDto(string Kind, string Key, long AmountCents, string FeeRate, long ManagementFeeCents, IReadOnlyList<CreditorDto> Creditors,
    string BatchSha256, IReadOnlyList<PayoutLineDto> Lines)
{
    public static PayoutDto From(PayoutRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new PayoutDto(r.Kind, r.Key, r.AmountCents, r.FeeRate, r.ManagementFeeCents, r.Creditors.Select(c => new CreditorDto(c.Name, c.Cents)).ToArray(),
            r.BatchSha256, r.Lines.Select(l => new PayoutLineDto(l.Step, l.Name, l.Payee, l.Holder, l.Units, l.Cents)).ToArray());
    }
}
