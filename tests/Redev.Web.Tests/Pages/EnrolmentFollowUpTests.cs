using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Redev.Store;
using Redev.Web.Tests.Support;

namespace Redev.Web.Tests.Pages;

/// <summary>The convener's list of owners still to consent, and the deadline counted down for owners and the convener.</summary>
public partial class EnrolmentFollowUpTests
{
    [Theory]
    [InlineData("en-HK", "Owners still to consent", "Undivided shares")]
    [InlineData("zh-HK", "尚未同意的業主", "不分割份數")]
    public async Task The_convener_sees_owners_still_to_consent_heaviest_first_with_shares_and_fund_units(string culture, string heading, string sharesHeader)
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "convener");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes/demo-draft", culture), HttpStatusCode.OK);

        Assert.Contains(heading, html, StringComparison.Ordinal);
        var table = Regex.Match(html, "<table id=\"to-consent-table\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains(sharesHeader, table, StringComparison.Ordinal);
        var rows = Row().Matches(table).Select(m => (Owner: m.Groups[1].Value, Shares: decimal.Parse(m.Groups[3].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture),
            Units: m.Groups[4].Value)).ToList();
        Assert.NotEmpty(rows);
        // Heaviest first, and each with the whole fund units the terms would give them.
        Assert.Equal(rows.Select(r => r.Shares).OrderByDescending(x => x), rows.Select(r => r.Shares));
        Assert.All(rows, r => Assert.Matches(@"^\d{1,3}(,\d{3})*$", r.Units));
        // Owners who already applied are not on it.
        var consented = (await ApiClient.JsonAsync(await (await ApiClient.AsAsync(f, "convener")).GetAsync("/api/schemes/demo-draft")))
            .GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("owner").GetString()).ToList();
        Assert.NotEmpty(consented);
        Assert.DoesNotContain(rows, r => consented.Contains(WebUtility.HtmlDecode(r.Owner)));
    }

    [Fact]
    public async Task An_owner_does_not_see_who_else_is_still_to_consent()
    {
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite);
        using var http = await ApiClient.SignedInPageClientAsync(f, "chan");

        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, "/Schemes/demo-draft", "en-HK"), HttpStatusCode.OK);

        Assert.DoesNotContain("to-consent-table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("LAM Kwok Wing", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-HK", "10 days left to consent or withdraw", "Today is the last day", "The deadline passed 1 day(s) ago")]
    [InlineData("zh-HK", "尚餘 10 日可同意或撤回", "今日是同意或撤回的最後一日", "截止日期已過 1 日")]
    public async Task The_deadline_is_counted_down_in_Hong_Kong_days_for_owner_and_convener_and_says_when_it_has_passed(
        string culture, string tenDays, string lastDay, string passed)
    {
        // 23:30 in Hong Kong on 1 March: the Hong Kong date, not UTC's (still 1 March too), decides the count.
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 15, 30, 0, TimeSpan.Zero));
        await using var f = await WebFactory.StartAsync(StoreKind.Sqlite, clock: clock);
        using (var api = await ApiClient.AsAsync(f, "convener"))
        {
            await ApiClient.JsonAsync(await api.PostAsJsonAsync("/api/schemes/demo-draft/advance", new { to = "enrolling", deadline = "2026-03-11" }));
        }
        foreach (var (user, path) in new[] { ("convener", "/Schemes/demo-draft"), ("chan", "/Schemes/demo-draft"), ("chan", "/Schemes/demo-draft/Consent"), ("convener", "/Schemes/demo-draft/Consent") })
        {
            Assert.Contains(tenDays, await CountdownAsync(f, user, path, culture), StringComparison.Ordinal);
        }

        clock.Advance(TimeSpan.FromDays(10));
        Assert.Contains(lastDay, await CountdownAsync(f, "chan", "/Schemes/demo-draft/Consent", culture), StringComparison.Ordinal);

        // Half an hour later it is 12 March in Hong Kong.
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Contains(passed, await CountdownAsync(f, "chan", "/Schemes/demo-draft", culture), StringComparison.Ordinal);
        Assert.Contains(passed, await CountdownAsync(f, "convener", "/Schemes/demo-draft/Consent", culture), StringComparison.Ordinal);
    }

    // Signed in afresh each time: moving the clock by days outlives a sign-in.
    private static async Task<string> CountdownAsync(WebFactory f, string user, string path, string culture)
    {
        using var http = await ApiClient.SignedInPageClientAsync(f, user);
        var html = await PageText.HtmlAsync(await PageText.GetAsync(http, path, culture), HttpStatusCode.OK);
        var m = Regex.Match(html, "id=\"deadline-countdown\"[^>]*>([^<]*)<");
        Assert.True(m.Success, $"no countdown on {path}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    // Owner, flats, shares, units: the four cells of a row of the list.
    [GeneratedRegex("<tr><td>([^<]*)</td><td>([^<]*)</td><td class=\"num\">([^<]*)</td>\\s*<td class=\"num\">([^<]*)</td></tr>")]
    private static partial Regex Row();
}
