using System.Collections.Frozen;
using Microsoft.Extensions.Localization;
using Redev.Web.Localization;

namespace Redev.Web.Pages.Completion;

/// <summary>
/// A refusal of one of the completion page's forms, said with the label of the box it is about. A use case names
/// its field as the API does (<c>monthlyRent</c>), and the catalogue's Chinese text names none ("the amount is not a
/// number"); a reader finds the box by the words beside it (每月租金（港元）), so the page puts those words first.
/// The same API name is a different box on different forms (an expense's amount, a payout's), so the label is the
/// form's: looked up by the page handler that took the post.
/// </summary>
public static class CompletionFields
{
    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Open/deadline"] = "WindowDeadline",
        ["Open/default"] = "WindowDefault",
        ["Choose/holder"] = "HolderColumn",
        ["Choose/choice"] = "ChoseColumn",
        ["Pick/bankReference"] = "TopUpReference",
        ["Sell/price"] = "SalePrice",
        ["Sell/costs"] = "SellingCosts",
        ["Sell/buyer"] = "Buyer",
        ["Sell/bankReference"] = "BankReference",
        ["Propose/kind"] = "PayoutKind",
        ["Propose/feeRate"] = "FeeRate",
        ["Propose/creditors"] = "CreditorsLabel",
        ["Propose/amount"] = "PayoutAmount",
        ["Propose/year"] = "PayoutYear",
        ["Propose/managementFee"] = "ManagementFee",
        ["Approve/batchSha256"] = "BatchHash",
        ["Lease/flat"] = "FlatColumn",
        ["Lease/tenant"] = "Tenant",
        ["Lease/monthlyRent"] = "MonthlyRent",
        ["Lease/from"] = "LeaseFrom",
        ["Lease/to"] = "LeaseTo",
        ["Rent/flat"] = "FlatColumn",
        ["Rent/month"] = "RentMonth",
        ["Rent/bankReference"] = "BankReference",
        ["Expense/reference"] = "ExpenseReference",
        ["Expense/amount"] = "ExpenseAmount",
        ["Expense/payee"] = "Payee",
        ["Expense/what"] = "ExpenseWhat",
        ["Close/residueTo"] = "ResidueTo",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The refusal in the reader's language, led by the label of the box it names when the form has one: in Chinese
    /// before the catalogue's text; in English in place of the API's field name that leads the detail.
    /// </summary>
    /// <param name="handler">The page handler that took the post (<c>Lease</c>, <c>Expense</c>, …).</param>
    public static string Refusal(IStringLocalizer l, Refusal refusal, string? handler)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(refusal);
        var text = Texts.Refusal(l, refusal);
        if (!refusal.Args.TryGetValue("field", out var field) || !Labels.TryGetValue($"{handler}/{field}", out var key))
        {
            return text;
        }
        var label = l[key].Value;
        if (Texts.Chinese)
        {
            return $"{label}：{text}";
        }
        var api = field + ": ";
        return $"{label}: {(text.StartsWith(api, StringComparison.Ordinal) ? text[api.Length..] : text)}";
    }
}
