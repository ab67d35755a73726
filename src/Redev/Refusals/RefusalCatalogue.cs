using System.Collections.Frozen;
using static Redev.Refusals.RefusalKind;

namespace Redev.Refusals;

/// <summary>
/// Every refusal code Redev can give, in one place: its kind (HTTP status and exit code) and its words in
/// English and Traditional Chinese, following the glossary of docs/glossary.md (a fund unit is 基金單位,
/// never a flat's 住宅單位). A test scans the source so that a code used anywhere and missing here fails the build's tests.
/// </summary>
public static class RefusalCatalogue
{
    public static readonly IReadOnlyList<RefusalEntry> All =
    [
        // Input that is malformed, wherever it comes from.
        new("bad-input", BadInput, "Some information is missing or malformed.", "資料不完整或格式不正確。"),
        new("bad-options", BadInput, "The terms are incomplete or do not fit together.", "條款資料不完整或互不相符。"),
        new("bad-scheme-id", BadInput, "That is not a scheme id: use 1 to 40 lower-case letters, digits and dashes, e.g. tkt-88.", "重建計劃編號格式不正確：請用 1 至 40 個小楷英文字母、數字或連字號，例如 tkt-88。"),
        new("bad-name", BadInput, "The name is missing or too long.", "名稱欠缺或過長。"),
        new("bad-completion-year", BadInput, "The completion year is not a year between 1800 and this year.", "落成年份須在 1800 年至今年之間。"),
        new("bad-state", BadInput, "That is not a stage of a scheme.", "所選的重建計劃階段不正確。"),
        new("bad-deadline", BadInput, "The deadline must be a Hong Kong date after today, written YYYY-MM-DD.", "截止日期須為今天之後的香港日期，格式為 YYYY-MM-DD。"),
        new("bad-policy", BadInput, "The allocation policy must be equity or cost-in-kind.", "分配方式須為「股本」或「實物補償成本」。"),
        new("bad-weights", BadInput, "The weights must be by undivided shares or by appraised value.", "分配比重須按不分割份數或按估值。"),
        new("bad-amount", BadInput, "The amount is not a positive whole number (or an HKD amount with at most 2 decimals).", "數額須為正整數（或最多兩個小數位的港元金額）。"),
        new("bad-issue-price", BadInput, "The issue price must be more than zero.", "發行價須大於零。"),
        new("bad-site-value", BadInput, "The site value must be more than zero.", "地盤價值須大於零。"),
        new("bad-construction-cost", BadInput, "The construction cost must be more than zero.", "建築成本須大於零。"),
        new("bad-post-value", BadInput, "The value after redevelopment must be more than zero.", "重建後價值須大於零。"),
        new("bad-common-burden", BadInput, "The common burden must be more than zero.", "共同負擔須大於零。"),
        new("bad-id", BadInput, "The transfer id is not valid.", "轉讓編號不正確。"),
        new("bad-code", BadInput, "The kind of transfer is not valid.", "轉讓類別不正確。"),
        new("bad-expiry", BadInput, "A pending transfer needs an expiry time in the future.", "待批轉讓須有一個將來的屆滿時間。"),
        new("bad-pending", BadInput, "Only an approval or a rejection may name a pending transfer.", "只有批准或拒絕才可指明待批轉讓。"),
        new("same-account", BadInput, "A transfer cannot go from an account to itself.", "轉出及轉入不能是同一個帳戶。"),
        new("asset-mismatch", BadInput, "Both sides of a transfer must hold the same asset.", "轉讓雙方的帳戶須持有同一種資產。"),
        new("empty-batch", BadInput, "A batch needs at least one transfer.", "一批轉讓最少要有一項。"),
        new("bad-market-id", BadInput, "A market's short name must be 1 to 40 lower-case letters, digits or dashes.", "市場代號須為 1 至 40 個小楷英文字母、數字或連字號。"),
        new("bad-month", BadInput, "The month must be written YYYY-MM and not be after this month.", "月份格式須為 YYYY-MM，且不可遲於本月。"),
        new("bad-milestones", BadInput, "The milestone schedule is not valid: one milestone per line, written name | percent | YYYY-MM-DD, in the order they are built.", "工程里程碑時間表不正確：每行一個里程碑，格式為「名稱 | 百分比 | YYYY-MM-DD」，並按施工次序排列。"),
        new("milestone-shares", BadInput, "The milestones' shares of the construction cost add up to {percent}%, not exactly 100%.", "各工程里程碑佔建築成本的比例合共 {percent}%，並非剛好 100%。"),
        new("bad-grace-days", BadInput, "The grace period must be a whole number of days from 0 to 1826.", "寬限期須為 0 至 1826 之間的整數日數。"),
        new("bad-bank-reference", BadInput, "Give the bank's reference for the deposit (1 to 64 characters).", "請提供銀行的存款參考編號（1 至 64 個字元）。"),
        new("unknown-milestone", BadInput, "There is no such milestone in the scheme's schedule.", "重建計劃的時間表上沒有這個工程里程碑。"),
        new("bad-evidence", BadInput, "Give the SHA-256 hashes (64 hex digits each) of the documents relied on.", "請提供所依據文件的 SHA-256 雜湊值（每個 64 位十六進位數字）。"),
        new("bad-payee", BadInput, "Name who is paid the milestone's draw (1 to 100 characters).", "請註明工程款項的收款人（1 至 100 個字元）。"),
        new("bad-appraiser", BadInput, "Name the appraiser (1 to 100 characters).", "請註明估值師（1 至 100 個字元）。"),
        new("bad-seed", BadInput, "The lottery seed must be 64 hex digits.", "抽籤種子須為 64 位十六進位數字。"),
        new("seed-mismatch", BadInput, "This seed does not match the commitment published before the choice window opened.", "這個種子與選擇期開始前公布的承諾值不相符。"),
        new("bad-date", BadInput, "The date must be written YYYY-MM-DD and not be after today (Hong Kong).", "日期格式須為 YYYY-MM-DD，且不可遲於今天（香港時間）。"),
        new("bad-statement-date", BadInput, "A statement's dates must be Hong Kong dates written YYYY-MM-DD.", "結單日期須為香港日期，格式為 YYYY-MM-DD。"),
        new("bad-period", BadInput, "The period must start before it ends, and end no later than tomorrow (Hong Kong): from is its first day, to the day after its last.", "期間須先開始後結束，並最遲於明天（香港時間）結束：「由」是首日，「至」是最後一日的翌日。"),
        new("bad-receipt", BadInput, "The receipt cannot be read.", "無法讀取這張收據。"),
        new("bad-key", BadInput, "The key file is not a public key.", "金鑰檔案不是公開金鑰。"),
        new("bad-holder-id", BadInput, "A holder id must be 1 to 40 lower-case letters, digits and dashes.", "持有人編號須為 1 至 40 個小楷英文字母、數字或連字號。"),
        new("bad-document-type", BadInput, "Say which identity document was checked: hkid, passport or br (business registration).", "請註明核對了哪種身份證明文件：香港身份證、護照或商業登記證。"),
        new("note-too-long", BadInput, "The note is longer than {max} characters.", "備註超過 {max} 個字元。"),
        new("name-too-long", BadInput, "A name may have at most 200 characters.", "名稱最多 200 個字元。"),
        new("metadata-too-long", BadInput, "An entry's details may have at most 4,096 characters.", "紀錄的附註最多 4,096 個字元。"),
        new("reason-too-long", BadInput, "The reason is longer than {max} characters.", "理由超過 {max} 個字元。"),
        new("no-reason", BadInput, "Give a reason: it is kept in the audit trail.", "請填寫理由：理由會記錄在審計紀錄中。"),
        new("register-invalid", BadInput, "The register has {count} problem(s); nothing was saved. The first: {first}", "登記冊有 {count} 個問題，沒有儲存任何資料。第一個問題：{first}"),
        new("market-invalid", BadInput, "The market has {count} problem(s); nothing was saved. The first: {first}", "市場資料有 {count} 個問題，沒有儲存任何資料。第一個問題：{first}"),
        new("holdings-invalid", BadInput, "The holdings file has {count} problem(s); nothing was paid out. The first: {first}", "持有量檔案有 {count} 個問題，沒有計算任何派付。第一個問題：{first}"),
        new("bad-payout-amount", BadInput, "The amount to pay out must be an HKD amount of zero or more with at most 2 decimals, such as 1234.56.", "派付金額須為零或以上、最多兩個小數位的港元金額，例如 1234.56。"),
        new("bad-fee-rate", BadInput, "The fee rate must be a decimal number of at least 0 and less than 1, such as 0.015.", "費率須為不少於 0 而小於 1 的小數，例如 0.015。"),
        new("consents-invalid", BadInput, "The file of signed forms has {count} problem(s); nothing was recorded. The first: {first}", "已簽署表格的檔案有 {count} 個問題，沒有記錄任何同意或撤回。第一個問題：{first}"),
        new("bad-consent-file", BadInput, "The file is not a CSV of signed forms with the columns owner, decision, signed_on and evidence, one form a line, saved as UTF-8.", "檔案不是已簽署表格的 CSV 檔：須有 owner、decision、signed_on 及 evidence 四欄，每行一份表格，並以 UTF-8 儲存。"),
        new("bad-decision", BadInput, "The decision must be consent or withdraw.", "決定須為「同意」或「撤回」。"),
        new("bad-consent-evidence", BadInput, "Give the signed form's reference or the SHA-256 of its scan (1 to 200 characters).", "請提供已簽署表格的參考編號，或其掃描檔的 SHA-256 雜湊值（1 至 200 個字元）。"),
        new("no-file", BadInput, "No file was sent.", "沒有收到檔案。"),
        new("no-form", BadInput, "The upload must be a form with its files.", "上載須以表格連同檔案傳送。"),
        new("bad-form", BadInput, "The form could not be read.", "無法讀取表格。"),
        new("no-market-file", BadInput, "The market file is missing.", "欠缺市場檔案。"),

        // Size limits.
        new("too-large", TooLarge, "The request is larger than the {limit} allowed; nothing was saved.", "要求超過上限 {limit}，沒有儲存任何資料。"),
        new("upload-too-large", TooLarge, "The upload is larger than allowed; nothing was saved.", "上載的檔案超過上限，沒有儲存任何資料。"),
        new("file-too-large", TooLarge, "A file is larger than allowed; nothing was saved.", "有檔案超過上限，沒有儲存任何資料。"),

        // Things that do not exist.
        new("no-scheme", NotFound, "There is no scheme {scheme}.", "沒有重建計劃 {scheme}。"),
        new("no-transfer", NotFound, "There is no such proposed transfer.", "沒有這項轉讓建議。"),
        new("pending-not-found", NotFound, "There is no such pending transfer (it may have been decided or have expired).", "沒有這項待批轉讓（可能已有決定或已過期）。"),
        new("no-market", NotFound, "There is no market {market}.", "沒有市場 {market}。"),
        new("no-owner", NotFound, "There is no owner {owner} in this scheme's register (names are matched exactly as written).", "這個重建計劃的登記冊上沒有業主 {owner}（名字須與登記冊完全相同）。"),
        new("unknown-holder", NotFound, "{holder} has no account in scheme {scheme}.", "持有人 {holder} 在重建計劃 {scheme} 沒有帳戶。"),
        new("no-holder", NotFound, "There is no holder {holder}.", "沒有持有人 {holder}。"),
        new("no-link", NotFound, "That owner is not linked to anyone in this scheme.", "這位業主在此重建計劃中未連結任何持有人。"),
        new("no-endpoint", NotFound, "There is no such API endpoint.", "沒有這個應用程式介面端點。"),
        new("no-entries", NotFound, "The ledger has no entries for this holder.", "分類帳內沒有此持有人的紀錄。"),
        new("not-found", NotFound, "Not found.", "找不到。"),
        new("store-missing", NotFound, "There is no Redev store at {location}.", "在 {location} 找不到 Redev 資料庫。"),

        // Who may act.
        new("forbidden", Forbidden, "You may not do this.", "你無權進行這項操作。"),
        new("not-your-holding", Forbidden, "You may act only for the holders the notary linked to your account.", "你只可代表公證人已連結到你帳戶的持有人行事。"),
        new("bad-credentials", Unauthenticated, "The user name or the password is wrong.", "用戶名稱或密碼不正確。"),
        new("locked-out", Unauthenticated, "Too many wrong passwords: this account is locked for a while.", "密碼錯誤次數過多，帳戶暫時鎖定。"),

        // What the stored state does not allow now.
        new("duplicate-scheme", Conflict, "There is already a scheme with this id.", "已有相同編號的重建計劃。"),
        new("register-locked", Conflict, "The register can be replaced only while the scheme is a draft.", "只可在草稿階段更換登記冊。"),
        new("terms-locked", Conflict, "The terms are fixed and can no longer change.", "分配條款已鎖定，不能再更改。"),
        new("no-register", Conflict, "The scheme has no register yet.", "重建計劃尚未有登記冊。"),
        new("no-terms", Conflict, "The scheme has no allocation terms yet.", "重建計劃尚未設定分配條款。"),
        new("no-owned-shares", Conflict, "The register has no owned shares, so there is nothing to consent to.", "登記冊上沒有業主持有的份數，無從計算同意。"),
        new("not-enrolling", Conflict, "The scheme does not take consents or withdrawals now.", "重建計劃現在不接受同意書或撤回。"),
        new("already-consented", Conflict, "This owner has already consented.", "此業主已經同意。"),
        new("no-consent", Conflict, "This owner has no consent to withdraw.", "此業主沒有同意書可以撤回。"),
        new("deadline-passed", Conflict, "The enrolment deadline has passed: consents are frozen.", "登記截止日期已過，同意書已凍結。"),
        new("deadline-not-passed", Conflict, "The enrolment deadline has not passed yet.", "登記截止日期仍未屆滿。"),
        new("below-opening", Conflict, "Less than the 40% of shares needed to open enrolment have applied.", "申請的份數未達開始登記所需的 40%。"),
        new("below-threshold", Conflict, "A lot has not reached its legal threshold, so the scheme cannot vest.", "有地段未達法定門檻，重建計劃不能歸屬。"),
        new("threshold-met", Conflict, "The scheme has reached its threshold: it should vest, not lapse.", "重建計劃已達法定門檻，應予歸屬，而不是讓其失效。"),
        new("no-threshold", Conflict, "No legal threshold applies to this lot.", "這個地段沒有適用的法定門檻。"),
        new("bad-transition", Conflict, "The scheme cannot move from its present stage to that one.", "重建計劃不能由目前階段轉到所選階段。"),
        new("scheme-state", Conflict, "The scheme's present stage does not allow this.", "重建計劃目前的階段不容許這項操作。"),
        new("id-reused", Conflict, "This id was already used for a different transfer.", "這個編號已用於另一項轉讓。"),
        new("pending-expired", Conflict, "This transfer expired before anyone decided it.", "這項轉讓在有決定之前已經失效。"),
        new("pending-mismatch", Conflict, "The decision does not match the pending transfer.", "批准或拒絕的內容與待批轉讓不符。"),
        new("already-decided", Conflict, "This transfer has already been decided.", "這項轉讓已有決定。"),
        new("already-linked", Conflict, "This owner is already linked to a holder.", "這位業主已連結到另一位持有人。"),
        new("holder-exists", Conflict, "There is already a holder with this id, or this sign-in is already a holder.", "已有相同編號的持有人，或此登入帳戶已屬另一位持有人。"),
        new("market-exists", Conflict, "There is already a market with this short name.", "已有使用這個代號的市場。"),
        new("demo-exists", Conflict, "The demo is already in this store.", "此資料庫已有示範資料。"),
        new("no-reading", Conflict, "There is not enough data for a reading.", "未有足夠數據作判斷。"),
        new("hold-out", Conflict, "{owner} did not consent before vesting: the shares were bought in the compulsory sale, so there are no fund units to simulate.", "{owner} 在歸屬前沒有同意：其業權份數已在強制售賣中購入，因此沒有基金單位可作模擬。"),
        new("no-risk-left", Conflict, "This scheme has no future risk left to simulate.", "這個重建計劃已無未來風險可計算。"),
        new("no-checkpoint", Conflict, "No signed checkpoint covers these entries yet: the notary must sign one first.", "尚未有已簽署的檢查點涵蓋這些紀錄：須先由公證人簽署。"),
        new("no-schedule", Conflict, "The terms have no milestone schedule, so the scheme cannot vest.", "條款沒有工程里程碑時間表，重建計劃不能歸屬。"),
        new("escrow-short", Conflict, "Building cannot start: escrow holds {deposited} of the developer's committed {committed}.", "未能開始興建：託管帳戶只有 {deposited}，少於發展商承諾的 {committed}。"),
        new("milestones-outstanding", Conflict, "The scheme cannot complete: {certified} of {milestones} milestones are certified (the occupation permit is the last).", "重建計劃未能完成：{milestones} 個工程里程碑中只有 {certified} 個已獲認證（最後一個為入伙紙）。"),
        new("no-completion-valuation", Conflict, "The scheme cannot complete until a valuation on or after the last certified milestone is adopted.", "須採納一個在最後認證里程碑當日或之後的估值，重建計劃才可完成。"),
        new("escrow-closed", Conflict, "Escrow deposits are recorded after vesting and while building.", "託管存款只可在歸屬後及興建期間記錄。"),
        new("not-building", Conflict, "Milestones are certified only while the scheme is building.", "只可在興建期間認證工程里程碑。"),
        new("already-certified", Conflict, "Milestone {milestone} is already certified; a milestone is certified once.", "第 {milestone} 個工程里程碑已獲認證；每個里程碑只可認證一次。"),
        new("milestone-out-of-order", Conflict, "Milestone {milestone} cannot be certified before the one listed ahead of it.", "第 {milestone} 個工程里程碑須在前一個里程碑認證後才可認證。"),
        new("developer-default", Conflict, "The developer is in default (milestone {milestone} passed its grace period): no more milestones are certified and no more developer units issued.", "發展商已違約（第 {milestone} 個工程里程碑已過寬限期）：不再認證里程碑，亦不再向發展商發行基金單位。"),
        new("not-valued", Conflict, "The fund is valued only from vesting until it closes.", "基金只在歸屬後至結束前進行估值。"),
        new("valuation-adopted", Conflict, "The valuation of {date} is already adopted; record a new round on another date.", "{date} 的估值已獲採納；請在另一日期進行新一輪估值。"),
        new("appraisal-recorded", Conflict, "{appraiser} already gave a value on that date; each appraiser gives one value per date.", "{appraiser} 已就該日期提交估值；每位估值師每個日期只可提交一個估值。"),
        new("no-units", Conflict, "No fund units are outstanding, so there is no NAV per unit.", "沒有已發行的基金單位，因此沒有每基金單位資產淨值。"),
        new("store-unavailable", Conflict, "The store cannot be opened: {reason}", "無法開啟資料庫：{reason}"),

        // Well-formed, but the rules or the balances cannot honour it.
        new("unknown-owner", Unprocessable, "This name is not an owner in the scheme's register (names are matched exactly as written).", "此名字不是登記冊上的業主（名字須與登記冊完全相同）。"),
        new("unknown-owner-account", Unprocessable, "That sign-in is not an owner's account.", "這個登入帳戶不是業主帳戶。"),
        new("unknown-recipient", Unprocessable, "The recipient does not hold in this scheme and is not an approved holder.", "接收人並非這個重建計劃的持有人或已核准的持有人。"),
        new("unknown-account", Unprocessable, "There is no such account.", "沒有這個帳戶。"),
        new("unknown-scheme", Unprocessable, "The ledger has no accounts for this scheme.", "分類帳內沒有這個重建計劃的帳戶。"),
        new("insufficient", Unprocessable, "Not enough fund units are free to transfer.", "可轉讓的基金單位不足。"),
        new("pledged", Unprocessable, "These fund units are pledged to a mortgagee, who must release them first.", "這些基金單位已抵押給承按人，須由其解除抵押後才可轉讓。"),
        new("release-not-authorised", Unprocessable, "Only the mortgagee holding the pledge can release it.", "只有持有抵押的承按人可以解除抵押。"),
        new("appraisals-missing", Unprocessable, "Weights by appraisal need every flat's appraised value.", "按估值分配需要每個住宅單位的估值。"),
        new("shares-across-lots", Unprocessable, "Undivided shares of different lots cannot be compared: weight by appraised value instead.", "不同地段的不分割份數不能比較，請改按估值分配。"),
        new("burden-exceeds-value", Unprocessable, "The common burden is more than the value after redevelopment.", "共同負擔超過重建後價值。"),
        new("deposit-exceeds-commitment", Unprocessable, "The deposit would bring escrow above the developer's committed {committed}.", "這筆存款會令託管金額超過發展商承諾的 {committed}。"),
        new("too-few-appraisals", Unprocessable, "A valuation needs at least three independent appraisals on one date; this round has {count}.", "估值須有同一日期最少三份獨立估值報告；這一輪只有 {count} 份。"),
        new("appraisal-spread", Unprocessable, "The appraisals differ by {percent}% or more of their median, above the 20% allowed: a new round is needed.", "各估值相差達中位數的 {percent}% 或以上，超過 20% 的上限：須進行新一輪估值。"),
        new("risk-model", Unprocessable, "The risk model's inputs are not valid.", "風險模型的資料不正確。"),
        // Completion and payout (docs/completion.md).
        new("not-completed", Conflict, "The scheme is not at the stage this step belongs to.", "重建計劃未到進行這一步的階段。"),
        new("window-opened", Conflict, "The choice window has opened; the new building's register can no longer change.", "選擇期已開始，新樓宇的登記冊不可再更改。"),
        new("new-register-invalid", BadInput, "The new building's register has {count} problem(s); nothing was saved. The first: {first}", "新樓宇登記冊有 {count} 個問題，沒有儲存任何資料。第一個問題：{first}"),
        new("no-new-register", Conflict, "Import the new building's register first; holders choose against its flats.", "請先匯入新樓宇的登記冊；持有人須按其中的住宅單位作出選擇。"),
        new("bad-choice", BadInput, "The choice must be a flat, cash or the income fund (the default: cash or the income fund).", "選擇須為住宅單位、現金或收租基金（預設只可為現金或收租基金）。"),
        new("no-choice-window", Conflict, "The choice window is not open yet.", "選擇期尚未開始。"),
        new("window-closed", Conflict, "The choice window closed on {deadline}; the default applies.", "選擇期已於 {deadline} 結束，按預設安排處理。"),
        new("not-a-holder", Unprocessable, "{holder} holds no fund units of this scheme.", "{holder} 沒有持有這個計劃的基金單位。"),
        new("window-still-open", Conflict, "Choices count until the end of {deadline} (Hong Kong time); close the window after that.", "選擇期至 {deadline}（香港時間）完結，之後才可截止。"),
        new("already-picked", Conflict, "{holder} already took flat {flat}; one flat per holder.", "{holder} 已揀選住宅單位 {flat}；每名持有人只可揀選一個。"),
        new("no-pick-due", Conflict, "Nobody is waiting to pick a flat.", "現時沒有持有人等候揀選住宅單位。"),
        new("not-your-turn", Conflict, "It is {turn}'s turn to pick; holders pick in the published lottery order.", "現時輪到 {turn} 揀選；持有人按已公布的抽籤次序揀選。"),
        new("unknown-flat", NotFound, "Flat {flat} is not on the new building's register.", "新樓宇的登記冊上沒有住宅單位 {flat}。"),
        new("flat-taken", Conflict, "Flat {flat} is no longer available.", "住宅單位 {flat} 已不可揀選。"),
        new("units-pledged", Conflict, "{holder}'s fund units are pledged; the mortgagee releases them before they become a flat.", "{holder} 的基金單位已抵押；須由承按人解除抵押後才可換取住宅單位。"),
        new("top-up-needed", Unprocessable, "The flat is worth {topUp} more than the fund units; give the bank reference of the top-up paid.", "住宅單位比基金單位的價值多 {topUp}；請提供已繳付補價的銀行參考編號。"),
        new("picks-unfinished", Conflict, "{holder} has still to pick a flat.", "{holder} 尚未揀選住宅單位。"),
        new("keep-exceeds-share", Conflict, "Keeping this flat would give the income fund more than its holders' fund units are worth ({value}).", "保留這個住宅單位會令收租基金所得超過其持有人基金單位的價值（{value}）。"),
        new("bad-payout-kind", BadInput, "A payout is of sale proceeds (sale) or of a year's income (income).", "派發須為出售所得（sale）或全年收入（income）。"),
        new("flats-undisposed", Conflict, "{count} flat(s) are neither taken, kept nor sold.", "尚有 {count} 個住宅單位未被揀選、保留或出售。"),
        new("not-operating", Conflict, "Income is distributed while the income fund operates.", "收租基金運作期間才可派發收入。"),
        new("bad-year", BadInput, "Give a calendar year from 2000 to this year.", "請填寫 2000 年至今年之間的年份。"),
        new("payout-done", Conflict, "Payout {key} is already paid.", "派發 {key} 已經完成。"),
        new("payout-pending", Conflict, "Payout {key} is already proposed and waits for the notary.", "派發 {key} 已提出，正待公證人批准。"),
        new("bad-creditor", BadInput, "Creditors are written name=HKD, one per line.", "債權人須寫成「名稱=港元金額」，每行一個。"),
        new("no-payout", NotFound, "There is no proposed payout {key}.", "沒有已提出的派發 {key}。"),
        new("payout-mismatch", BadInput, "The approval must repeat the proposal's batch hash.", "批准時須填寫與建議相同的批次雜湊值。"),
        new("payout-stale", Conflict, "Payout {key} no longer matches its proposal: fund units or cash moved since. Propose it again.", "派發 {key} 已與建議不符：其後有基金單位或現金變動，請重新提出。"),
        new("flat-not-kept", NotFound, "{flat} is not a flat the income fund kept.", "{flat} 不是收租基金保留的住宅單位。"),
        new("lease-overlap", Conflict, "Flat {flat} is already let for part of that period.", "住宅單位 {flat} 在該期間已有部分時間出租。"),
        new("no-lease", NotFound, "Flat {flat} has no lease covering that month.", "住宅單位 {flat} 在該月份沒有租約。"),
        new("choice-window-open", Conflict, "The holders' choice window has not closed yet.", "持有人的選擇期尚未截止。"),
        new("holders-unsettled", Conflict, "{count} holder(s) who chose a flat or cash still hold fund units.", "尚有 {count} 名選擇住宅單位或現金的持有人仍持有基金單位。"),
        new("no-income-holders", Conflict, "Nobody stays in the income fund; once every fund unit is settled the scheme is distributed instead.", "沒有持有人留在收租基金；所有基金單位結算後，計劃改為「已派發」。"),
        new("units-outstanding", Conflict, "{units} fund units are still outstanding; every holder must take a flat or be paid first.", "尚有 {units} 個基金單位未結算；每名持有人須先換取住宅單位或收取款項。"),
        new("escrow-not-empty", Conflict, "Escrow still holds {escrow}; name the account its residue is paid to.", "託管帳戶仍有 {escrow}；請指明餘款的收款帳戶。"),
    ];

    private static readonly FrozenDictionary<string, RefusalEntry> ByCode = All.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>The entry of a code; a code missing here is a bug (the catalogue test scans the source for them).</summary>
    public static RefusalEntry For(string code) =>
        ByCode.TryGetValue(code, out var e) ? e : throw new KeyNotFoundException($"Refusal code \"{code}\" is not in the catalogue.");

    public static bool Contains(string code) => ByCode.ContainsKey(code);

    public static RefusalEntry For(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return For(refusal.Code);
    }

    /// <summary>
    /// What a person reads: in Chinese the catalogue's text with the refusal's values; in English the detail
    /// written where the refusal arose (it names the very field and value), which the catalogue's text summarises.
    /// </summary>
    public static string Text(Refusal refusal, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return chinese ? For(refusal).Render(true, refusal.Args) : refusal.Message;
    }
}
