using Redev.Ledger;

namespace Redev.Statements;

/// <summary>
/// The statement's words in English and Traditional Chinese, kept in the domain so that the CSV the CLI writes and
/// the one the web sends are the same file. Chinese follows docs/glossary.md: a fund unit is 基金單位, a flat 住宅單位.
/// </summary>
public static class StatementWords
{
    /// <summary>Reads <c>en</c> or <c>zh-HK</c> (also <c>zh</c>, <c>zh-Hant</c>); anything else is not a language of Redev.</summary>
    public static bool TryParseLanguage(string? text, out StatementLanguage language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "en" or "en-hk":
                language = StatementLanguage.English;
                return true;
            case "zh" or "zh-hk" or "zh-hant" or "zh-hant-hk":
                language = StatementLanguage.TraditionalChinese;
                return true;
            default:
                language = StatementLanguage.English;
                return false;
        }
    }

    /// <summary>The movements' column headings, in CSV order.</summary>
    public static IReadOnlyList<string> MovementColumns(StatementLanguage language) => language == StatementLanguage.TraditionalChinese
        ? ["時間（香港時間）", "類別", "說明", "對方帳戶", "轉入基金單位", "轉出基金單位", "抵押變動（基金單位）", "結餘（基金單位）",
           "付予持有人（港元）", "持有人付款（港元）", "收款人", "步驟", "住宅單位", "紀錄序號", "紀錄編號", "紀錄雜湊值"]
        : ["When (HKT)", "Code", "Description", "Counterparty", "Fund units in", "Fund units out", "Pledged change (fund units)", "Fund units after",
           "Cash to holder (HKD)", "Cash from holder (HKD)", "Payee", "Step", "Flat", "Seq", "Entry id", "Entry hash"];

    /// <summary>The summary block's two headings.</summary>
    public static (string Item, string Value) SummaryColumns(StatementLanguage language) =>
        language == StatementLanguage.TraditionalChinese ? ("項目", "數值") : ("Item", "Value");

    /// <summary>A summary line's label.</summary>
    public static string Summary(StatementLanguage language, SummaryLine line)
    {
        var zh = language == StatementLanguage.TraditionalChinese;
        return line switch
        {
            SummaryLine.Scheme => zh ? "計劃" : "Scheme",
            SummaryLine.Holder => zh ? "持有人" : "Holder",
            SummaryLine.From => zh ? "由（香港日期，包括當日）" : "Period from (Hong Kong date; included)",
            SummaryLine.To => zh ? "至（香港日期，不包括當日）" : "Period to (Hong Kong date; excluded)",
            SummaryLine.OpeningUnits => zh ? "期初基金單位" : "Opening fund units",
            SummaryLine.UnitsIn => zh ? "轉入基金單位" : "Fund units in",
            SummaryLine.UnitsOut => zh ? "轉出基金單位" : "Fund units out",
            SummaryLine.ClosingUnits => zh ? "期末基金單位" : "Closing fund units",
            SummaryLine.Distributions => zh ? "已派付分派（港元）" : "Distributions paid (HKD)",
            SummaryLine.CashFromHolder => zh ? "持有人付款（港元）" : "Cash paid in by the holder (HKD)",
            SummaryLine.Nav => zh ? "每基金單位資產淨值（港元）" : "NAV per fund unit (HKD)",
            SummaryLine.NavExact => zh ? "每基金單位資產淨值（準確值，港元）" : "Exact NAV per fund unit (HKD)",
            SummaryLine.NavValuedOn => zh ? "資產淨值的估值日期" : "NAV valuation date",
            SummaryLine.Value => zh ? "按資產淨值計算的價值（港元）" : "Value at NAV (HKD)",
            SummaryLine.RoundingRule => zh ? "進位規則" : "Rounding rule",
            _ => throw new ArgumentOutOfRangeException(nameof(line), line, null),
        };
    }

    /// <summary>Said where a NAV would be when no valuation had been adopted by the period's end.</summary>
    public static string NoValuation(StatementLanguage language) =>
        language == StatementLanguage.TraditionalChinese ? "尚未有估值" : "no valuation yet";

    /// <summary><see cref="HolderStatement.RoundingRule"/> in the language asked for.</summary>
    public static string RoundingRule(StatementLanguage language) => language == StatementLanguage.TraditionalChinese
        ? "價值 = 期末基金單位 × 每基金單位資產淨值的準確值，只進位一次至最接近的仙，剛好一半時捨入至離零較遠的一方。"
        : HolderStatement.RoundingRule;

    /// <summary>What an entry's code means to the holder.</summary>
    public static string Code(StatementLanguage language, TransferCode code)
    {
        var zh = language == StatementLanguage.TraditionalChinese;
        return code switch
        {
            TransferCode.Issue => zh ? "發行基金單位" : "Fund units issued",
            TransferCode.Transfer => zh ? "轉讓" : "Transfer",
            TransferCode.Trade => zh ? "買賣" : "Trade",
            TransferCode.Pledge => zh ? "抵押予承按人" : "Pledged to the mortgagee",
            TransferCode.Release => zh ? "解除抵押" : "Pledge released",
            TransferCode.Redeem => zh ? "註銷基金單位" : "Fund units cancelled",
            TransferCode.Distribution => zh ? "派付分派" : "Distribution paid",
            TransferCode.Correction => zh ? "更正" : "Correction",
            TransferCode.Deposit => zh ? "存入款項" : "Cash paid in",
            TransferCode.Draw => zh ? "從託管提取" : "Drawn from escrow",
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };
    }

    /// <summary>A code as programs read it (the receipt's JSON spelling): <c>issue</c>, <c>distribution</c>...</summary>
    public static string CodeName(TransferCode code) => code.ToString().ToLowerInvariant();
}
