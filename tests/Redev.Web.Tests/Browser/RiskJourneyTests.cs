using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Browser;

/// <summary>An owner reads the risk of joining on the allocation preview, in English and in Traditional Chinese.</summary>
public class RiskJourneyTests
{
    [Fact]
    public async Task An_owner_sees_their_risk_summary_and_chart_and_reads_the_plain_sentence_in_both_languages()
    {
        await using var b = await Browser.OpenAsync("risk");
        using var http = new HttpClient { BaseAddress = b.Base };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiClient.TokenAsync(http, "chan"));
        var api = JsonDocument.Parse(await http.GetStringAsync("/api/schemes/demo-tkt/risk?owner=CHAN%20Tai%20Man")).RootElement;
        var n = api.GetProperty("futuresIn100BelowSale").GetInt32();

        b.SignIn("chan");
        b.Go("/Schemes/demo-tkt/Allocation/CHAN%20Tai%20Man");
        Assert.Equal($"In 100 futures like these, you would end with less than taking cash today in {n}.", b.Text("#risk-sentence"));
        Assert.Matches(@"^\d+\.\d%$", b.Text("#risk-below-sale"));
        Assert.Matches(@"^\d+\.\d%$", b.Text("#risk-below-offer"));
        var rows = b.Driver.FindElements(By.CssSelector("#risk-percentiles tbody tr"));
        Assert.Equal(6, rows.Count);
        // Simulated amounts to three significant figures, never to the cent (HK$7,840,000).
        Assert.All(rows, r => Assert.Matches(@"HK\$\d{1,3}(,\d{3})*$", r.Text));
        Assert.All(rows, r => Assert.Matches(@"^\D*\d(,?\d){0,2}(,?0)*$", r.Text[r.Text.IndexOf("HK$", StringComparison.Ordinal)..][3..]));
        var chart = b.Find("#risk-chart svg");
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.StartsWith("Bar chart of what you may end with across 20,000 futures", chart.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.True(chart.Size.Width > 300, $"the chart is {chart.Size.Width} px wide");
        Assert.Contains("seed 20260126", b.Text("#risk-seed"), StringComparison.Ordinal);
        // The plain warning, when the typical owner would do better taking the offer, comes before everything else.
        var warned = api.GetProperty("ownersMedianBelowOffer").GetBoolean();
        Assert.Equal(warned, b.Driver.FindElements(By.CssSelector("h1 + #risk-warning")).Count == 1);
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('risk').scrollIntoView();");
        b.Shot("risk-en");
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('risk-chart').scrollIntoView();");
        b.Shot("risk-chart-en");

        b.Click("#lang-zh");
        Assert.Equal($"在 100 個類似的情境之中，有 {n} 個你最終得到的會少於今天收取現金。", b.Text("#risk-sentence"));
        Assert.StartsWith("棒形圖", b.Find("#risk-chart svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Matches(@"HK\$\d{1,3}(,\d{3})*$", b.Driver.FindElements(By.CssSelector("#risk-percentiles tbody tr"))[2].Text);
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('risk').scrollIntoView();");
        b.Shot("risk-zh");
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('risk-chart').scrollIntoView();");
        b.Shot("risk-chart-zh");
        b.Go("/Schemes/demo-tkt/Allocation/CHAN%20Tai%20Man");
        b.Shot("risk-warning-zh");
    }

    [Fact]
    public async Task The_convener_sees_any_owners_risk_and_estimated_cash_figures_are_said_to_be_estimates()
    {
        await using var b = await Browser.OpenAsync("risk-convener");
        using var http = new HttpClient { BaseAddress = b.Base };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiClient.TokenAsync(http, "convener"));
        Assert.True((await http.PostAsJsonAsync("/api/schemes", new { id = "est-1", name = "1 Estimate Lane", completionYear = 1962 })).IsSuccessStatusCode);
        var csv = string.Join('\n', Csvs.Header, "1/F A,30,450,CHAN Siu Ming,1,,,residential", "1/F B,70,450,HO Chi Keung,1,,,residential") + "\n";
        Assert.True((await http.PostAsync("/api/schemes/est-1/register", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"))).IsSuccessStatusCode);
        Assert.True((await http.PutAsJsonAsync("/api/schemes/est-1/terms", new { policy = "equity", siteValue = "20000000", constructionCost = "10000000", issuePrice = "10" })).IsSuccessStatusCode);

        b.SignIn("convener");
        b.Go("/Schemes/demo-draft/Allocation/WONG%20Yuk%20Lan");
        Assert.StartsWith("In 100 futures like these, you would end with less than taking cash today in ", b.Text("#risk-sentence"), StringComparison.Ordinal);
        b.Go("/Schemes/est-1/Allocation/CHAN%20Siu%20Ming");
        Assert.StartsWith("These cash figures are estimates, not valuations: the register has no appraised value for 2 of its 2 flats",
            b.Text("#risk-estimate"), StringComparison.Ordinal);
        ((IJavaScriptExecutor)b.Driver).ExecuteScript("document.getElementById('risk').scrollIntoView();");
        b.Shot("risk-estimate");
    }

    [Fact]
    public async Task An_owner_cannot_open_another_owners_risk_on_the_preview_page()
    {
        await using var b = await Browser.OpenAsync("risk-forbidden");
        b.SignIn("wong");
        b.Go("/Schemes/demo-tkt/Allocation/CHAN%20Tai%20Man");
        Assert.Equal("Not allowed", b.Text("#denied"));
        Assert.Empty(b.Driver.FindElements(By.CssSelector("#risk-sentence")));
    }
}
