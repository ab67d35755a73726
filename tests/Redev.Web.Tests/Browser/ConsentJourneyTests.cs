using System.Text.RegularExpressions;
using Redev.Schemes;

namespace Redev.Web.Tests.Browser;

/// <summary>An owner's consent in Traditional Chinese: informed first (flats, fund units, links), then a printable acknowledgement whose reference anyone can recompute.</summary>
public class ConsentJourneyTests
{
    [Fact]
    public async Task An_owner_consents_in_Chinese_after_acknowledging_and_gets_a_recomputable_reference()
    {
        await using var b = await Browser.OpenAsync("consent-zh");
        b.SignIn("chan");
        b.Click("#lang-zh");
        b.Go("/Schemes/demo-draft/Consent");
        Assert.Contains("份不分割份數", b.Text(".consent-flats"), StringComparison.Ordinal);
        Assert.Contains("基金單位", b.Text(".consent-units"), StringComparison.Ordinal);
        Assert.DoesNotContain("我同意", b.Text("button.give"), StringComparison.Ordinal);
        b.Shot("consent-informed");

        b.Click("input.acknowledge");
        b.Click("button.give");
        Assert.Equal("同意確認書", b.Text("#slip-title"));
        var time = Regex.Match(b.Text("#consent-slip"), @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").Value;
        var at = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ConsentReference.Compute("demo-draft", "CHAN Tai Man", "give", at), b.Text("#slip-reference"));
        b.Shot("consent-slip");
    }
}
