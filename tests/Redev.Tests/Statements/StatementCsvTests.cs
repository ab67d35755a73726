using Redev.Ledger;
using Redev.Statements;
using Redev.Text;
using static Redev.Tests.Statements.StatementJournal;

namespace Redev.Tests.Statements;

public sealed class StatementCsvTests
{
    private static readonly HolderStatement Valued = StatementBuilder.Build(Scheme, Chan, November, ChanEntries(), CashEntries(),
        [Valuation(new DateOnly(2026, 11, 14), new DateTimeOffset(2026, 11, 15, 2, 0, 0, TimeSpan.Zero), 3100, 3)]);

    private static string[] Lines(string csv) => csv.Split("\r\n");

    [Fact]
    public void The_english_csv_starts_with_the_movement_headings_and_lists_each_movement_with_plain_figures()
    {
        var lines = Lines(StatementCsv.Write(Valued, StatementLanguage.English));

        Assert.StartsWith("When (HKT),Code,Description,Counterparty,Fund units in,Fund units out,", lines[0]);
        Assert.Equal(1 + Valued.Movements.Count, Array.IndexOf(lines, ""));
        var distribution = lines.Single(l => l.Contains(",distribution,", StringComparison.Ordinal));
        Assert.StartsWith("2026-11-10T12:00:00+08:00,distribution,Distribution paid,@escrow,0,0,0,900,123.45,0.00,Hang Seng Bank,sale,,", distribution);
    }

    [Fact]
    public void The_chinese_csv_has_chinese_headings_but_the_same_figures()
    {
        var en = Lines(StatementCsv.Write(Valued, StatementLanguage.English));
        var zh = Lines(StatementCsv.Write(Valued, StatementLanguage.TraditionalChinese));

        Assert.StartsWith("時間（香港時間）,類別,說明,對方帳戶,轉入基金單位,轉出基金單位,", zh[0]);
        Assert.Contains("期末基金單位,600", zh);
        Assert.Contains("已派付分派（港元）,123.45", zh);
        Assert.Contains("按資產淨值計算的價值（港元）,6200.00", zh);
        Assert.Equal(en.Length, zh.Length);
    }

    [Fact]
    public void The_summary_block_gives_opening_distributions_closing_nav_and_value()
    {
        var lines = Lines(StatementCsv.Write(Valued, StatementLanguage.English));
        var summary = lines[(Array.IndexOf(lines, "") + 1)..];

        Assert.Equal("Item,Value", summary[0]);
        Assert.Contains("Opening fund units,1000", summary);
        Assert.Contains("Distributions paid (HKD),123.45", summary);
        Assert.Contains("Closing fund units,600", summary);
        Assert.Contains("NAV per fund unit (HKD),10.33", summary);
        Assert.Contains("Exact NAV per fund unit (HKD),31/3", summary);
        Assert.Contains("Value at NAV (HKD),6200.00", summary);
        Assert.Contains("Period to (Hong Kong date; excluded),2026-12-01", summary);
    }

    [Fact]
    public void Without_a_valuation_the_csv_says_so_and_leaves_nav_and_value_empty()
    {
        var unvalued = StatementBuilder.Build(Scheme, Chan, November, ChanEntries(), CashEntries(), []);

        var en = Lines(StatementCsv.Write(unvalued, StatementLanguage.English));
        var zh = Lines(StatementCsv.Write(unvalued, StatementLanguage.TraditionalChinese));

        Assert.Contains("NAV valuation date,no valuation yet", en);
        Assert.Contains("NAV per fund unit (HKD),", en);
        Assert.Contains("Value at NAV (HKD),", en);
        Assert.Contains("資產淨值的估值日期,尚未有估值", zh);
    }

    [Fact]
    public void Fields_with_commas_or_quotes_are_quoted_and_the_file_reads_back_field_for_field()
    {
        const string odd = "LEE, \"Ah\" Kau";
        var entry = LedgerEntry.Create(new TransferRequest(Guid.NewGuid(), Scheme, AccountRef.Issuance, new(odd, Asset.Units), 5, TransferCode.Issue),
            1, FirstOfNovember, EntryCodec.Genesis);
        var s = StatementBuilder.Build(Scheme, odd, November, [entry], [], []);

        var csv = StatementCsv.Write(s, StatementLanguage.English);

        Assert.Contains("\"LEE, \"\"Ah\"\" Kau\"", csv, StringComparison.Ordinal);
        var records = CsvReader.Parse(csv[..csv.IndexOf("\r\n\r\n", StringComparison.Ordinal)]);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(StatementWords.MovementColumns(StatementLanguage.English).Count, r.Fields.Count));
        var summary = CsvReader.Parse(csv[(csv.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
        Assert.Equal(odd, summary.Single(r => r.Fields[0] == "Holder").Fields[1]);
    }
}
