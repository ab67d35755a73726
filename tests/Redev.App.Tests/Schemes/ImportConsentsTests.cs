using Redev.App.Schemes;
using Redev.App.Tests.Support;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Schemes;

/// <summary>Signed paper forms recorded in bulk: the consent rule applied to each, the whole file or nothing.</summary>
public class ImportConsentsTests
{
    private const string Sha = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Signed_forms_are_recorded_with_their_evidence_and_signing_date(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.DraftAsync("forms-1");
        TestApp.Ok(await t.App.Consent.GiveAsync(TestApp.Convener, new(id, "LEE Wing Hong")));
        var csv = $"""
            owner,decision,signed_on,evidence
            CHAN Tai Man,consent,2026-01-05,{Sha}
            WONG Yuk Lan,同意,2026-01-06,URA/F/2026/0042
            LEE Wing Hong,withdraw,2026-01-07,URA/F/2026/0043
            """;

        var done = TestApp.Ok(await t.App.ImportConsents.RunAsync(TestApp.Convener, ImportConsentsCommand.FromText(id, "forms.csv", csv)));

        Assert.Equal((2, 1), (done.Given, done.Withdrawn));
        var stored = TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id));
        var chan = Assert.Single(stored.Consents, c => c.Owner == "CHAN Tai Man");
        Assert.Equal(Sha.ToLowerInvariant(), chan.Evidence);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.FromHours(8)), chan.At);
        Assert.Equal("URA/F/2026/0042", Assert.Single(stored.Consents, c => c.Owner == "WONG Yuk Lan").Evidence);
        Assert.DoesNotContain(stored.Consents, c => c.Owner == "LEE Wing Hong");
    }

    [Fact]
    public async Task A_file_with_one_bad_line_records_nothing_and_names_every_problem_by_line_and_field()
    {
        await using var t = await TestApp.StartAsync(StoreKind.Sqlite);
        var id = await t.DraftAsync("forms-2");
        var before = TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id));
        var csv = """
            owner,decision,signed_on,evidence
            CHAN Tai Man,consent,2026-01-05,URA/F/1
            WONG Yuk Lan,maybe,2026-13-01,
            """;

        var r = await t.App.ImportConsents.RunAsync(TestApp.Convener, ImportConsentsCommand.FromText(id, "forms.csv", csv));

        Assert.False(r.Succeeded);
        Assert.Equal("consents-invalid", r.Refusal!.Code);
        Assert.Equal(["forms.csv:3:decision:bad-decision", "forms.csv:3:signed_on:bad-date", "forms.csv:3:evidence:bad-consent-evidence"],
            r.Refusal.Problems.Select(p => $"{p.File}:{p.Line}:{p.Field}:{p.Code}"));
        var after = TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id));
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Consents);
    }

    [Fact]
    public async Task A_form_the_consent_rule_refuses_is_a_problem_on_its_line_and_the_whole_file_is_refused()
    {
        await using var t = await TestApp.StartAsync(StoreKind.Sqlite);
        var id = await t.DraftAsync("forms-3");
        TestApp.Ok(await t.App.Consent.GiveAsync(TestApp.Convener, new(id, "WONG Yuk Lan")));
        var csv = """
            owner,decision,signed_on,evidence
            CHAN Tai Man,consent,2026-01-05,URA/F/1
            WONG Yuk Lan,consent,2026-01-05,URA/F/2
            NOBODY,consent,2026-01-05,URA/F/3
            """;

        var r = await t.App.ImportConsents.RunAsync(TestApp.Convener, ImportConsentsCommand.FromText(id, "forms.csv", csv));

        Assert.Equal(["forms.csv:3:owner:already-consented", "forms.csv:4:owner:unknown-owner"],
            r.Refusal!.Problems.Select(p => $"{p.File}:{p.Line}:{p.Field}:{p.Code}"));
        var after = TestApp.Ok(await t.App.Schemes.GetAsync(TestApp.Convener, id));
        Assert.Equal(["WONG Yuk Lan"], after.Consents.Select(c => c.Owner));
    }

    [Fact]
    public async Task Only_the_convener_records_signed_forms()
    {
        await using var t = await TestApp.StartAsync(StoreKind.Sqlite);
        var id = await t.DraftAsync("forms-4");
        var owner = await t.HolderAsync("chan-f", Role.Owner, "h-chan-f");

        var r = await t.App.ImportConsents.RunAsync(owner, ImportConsentsCommand.FromText(id, "forms.csv", "owner,decision,signed_on,evidence\nCHAN Tai Man,consent,2026-01-05,x\n"));

        Assert.Equal("forbidden", r.Refusal!.Code);
    }

    [Fact]
    public async Task The_convener_sees_owners_still_to_consent_heaviest_first_and_an_owner_sees_none()
    {
        await using var t = await TestApp.StartAsync(StoreKind.Sqlite);
        var id = await t.DraftAsync("forms-5");
        TestApp.Ok(await t.App.Consent.GiveAsync(TestApp.Convener, new(id, "Golden Harvest Trading Company Limited")));
        var chan = await t.HolderAsync("chan-g", Role.Owner, "h-chan-g");
        TestApp.Ok(await t.App.LinkOwner.RunAsync(TestApp.Notary, new(id, "CHAN Tai Man", "h-chan-g", "hkid")));

        var list = TestApp.Ok(await t.App.Schemes.ViewAsync(TestApp.Convener, id)).StillToConsent();

        // The shop of 160 shares is now the heaviest; a co-owner of half a 23-share flat has 11.5.
        Assert.Equal("LAM Kwok Wing", list[0].Owner);
        Assert.DoesNotContain(list, o => o.Owner == "Golden Harvest Trading Company Limited");
        Assert.Equal(list.Select(o => o.Shares).OrderDescending(), list.Select(o => o.Shares));
        Assert.Equal(new Redev.Primitives.Rational(23, 2), Assert.Single(list, o => o.Owner == "HO Chi Keung").Shares);
        Assert.All(list, o => Assert.True(o.Units > 0));
        Assert.Empty(TestApp.Ok(await t.App.Schemes.ViewAsync(chan, id)).StillToConsent());
    }
}
