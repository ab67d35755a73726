using System.Globalization;
using System.Text.RegularExpressions;
using Redev.Text;

namespace Redev.Web.Localization;

/// <summary>
/// The Traditional Chinese words for the register import's problems. The domain writes each problem in
/// English (the CLI's and the API's <c>FILE:LINE: field: …</c> lines, which programs and the convener's
/// scripts read), so the Chinese page matches each kind of problem here and fills in its values; a message
/// not in the table is shown as written rather than guessed at. <c>RegisterProblemTextsTests</c> feeds the
/// import every kind of problem and fails when one has no Chinese.
/// </summary>
public static partial class RegisterProblemTexts
{
    /// <summary>One kind of problem: the English message's pattern and the Chinese text with its groups as {0}, {1}, ...</summary>
    private sealed record Kind(Regex English, string Chinese);

    // The most specific first: "differs from line … ; it is the whole flat's value" before plain "differs from line …".
    private static readonly Kind[] Kinds =
    [
        K(@"is empty", "是空的"),
        K(@"must be residential, shop, office, industrial, carpark, other or common", "須為 residential、shop、office、industrial、carpark、other 或 common"),
        K(@"must be a positive whole number", "須為正整數"),
        K(@"is not a whole number", "不是整數"),
        K(@"is not a number", "不是數字"),
        K(@"must be positive", "須大於零"),
        K(@"is empty; every flat needs its saleable area", "是空的；每個住宅單位都須有實用面積"),
        K(@"must be empty on a common-parts row", "公用部分的行須留空"),
        K(@"is empty; only common-parts rows \(use = common\) may have no owner", "是空的；只有公用部分的行（use = common）可以沒有業主"),
        K(@"must not begin with @, which marks the ledger's own accounts", "不可以 @ 開頭（@ 代表帳本本身的帳戶）"),
        K(@"is not a fraction such as 1, 1/2 or 2/5", "不是分數（例如 1、1/2 或 2/5）"),
        K(@"must be more than 0 and at most 1", "須大於 0 並且不超過 1"),
        K(@"is not an HKD amount with at most 2 decimals", "不是最多兩個小數位的港元金額"),
        K(@"is empty, but weights are by appraised value so every flat needs one", "是空的；分配比重按估值計算，所以每個住宅單位都須有估值"),
        K(@"must be (.+), or empty when not known", "須為 {0}，不知道則留空"),
        K(@"expected (\d+) fields, found (\d+)", "應有 {0} 個欄位，但找到 {1} 個"),
        K(@"differs from line (\d+) for flat (.+) \((.+)\); it is the whole flat's value", "與第 {0} 行住宅單位 {1} 的估值（{2}）不同；估值是整個住宅單位的價值"),
        K(@"differs from line (\d+) for flat (.+) \((.+)\)", "與第 {0} 行住宅單位 {1} 的數值（{2}）不同"),
        K(@"common-parts allotment (.+) appears more than once \(first on line (\d+)\)", "公用部分 {0} 出現多於一次（首次在第 {1} 行）"),
        K(@"owner appears twice for flat (.+) \(first on line (\d+)\)", "同一業主在住宅單位 {0} 出現兩次（首次在第 {1} 行）"),
        K(@"fractions of flat (.+) sum to (.+), not 1 \(lines (.+)\)", "住宅單位 {0} 的業權分數合共 {1}，不是 1（第 {2} 行）"),
        K(@"a quoted field is not closed before the end of the file", "有引號的欄位直到檔案結尾仍未結束"),
        K(@"the register is empty: expected a header row and at least one flat", "登記冊是空的：須有標題行及最少一個住宅單位"),
        K(@"unknown column; expected (.+) \(and optionally lot, occupancy\)", "不明欄位；應為 {0}（另可選 lot、occupancy）"),
        K(@"column appears twice", "欄位重複"),
        K(@"missing column", "欠缺此欄位"),
        K(@"the register is empty: no rows after the header", "登記冊是空的：標題行之後沒有資料"),
        K(@"is not valid UTF-8 here; save the register as UTF-8 \(CSV UTF-8 in a spreadsheet\)", "此處不是有效的 UTF-8；請把登記冊儲存為 UTF-8（試算表的「CSV UTF-8」）"),
        K(@"the register's undivided shares add up to more than (.+) at flat (.+); no deed allots that many", "登記冊的不分割份數累計至住宅單位 {1} 時超過 {0}；沒有公契會分配這麼多"),
        K(@"appraised values add up to more than HK\$(.+) at flat (.+)", "估值累計至住宅單位 {1} 時超過 HK${0}"),
        K(@"saleable areas add up to more than (.+) sq ft at flat (.+)", "實用面積累計至住宅單位 {1} 時超過 {0} 平方呎"),
    ];

    /// <summary>The problem's message in the page's language: Chinese when the table knows it, else as written.</summary>
    public static string Message(InputProblem problem, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return chinese && TryChinese(problem.Message, out var text) ? text : problem.Message;
    }

    /// <summary>The Chinese for an English problem message, when its kind is in the table.</summary>
    public static bool TryChinese(string english, out string chinese)
    {
        ArgumentNullException.ThrowIfNull(english);
        foreach (var kind in Kinds)
        {
            if (kind.English.Match(english) is { Success: true } m)
            {
                var values = m.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray();
                chinese = string.Format(CultureInfo.InvariantCulture, kind.Chinese, values);
                return true;
            }
        }
        chinese = english;
        return false;
    }

    private static Kind K(string english, string chinese) =>
        new(new Regex(@"\A" + english + @"\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), chinese);
}
