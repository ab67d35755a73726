using Redev.App.Tests.Support;
using Redev.Store;
using Redev.Store.Tests.Support;

namespace Redev.App.Tests.Building;

/// <summary><c>ledger verify</c> checks the building stage's invariants against the certifier's records.</summary>
public class BuildingVerificationTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_draw_whose_certification_was_deleted_is_named_by_verify(StoreKind kind)
    {
        await using var t = await TestApp.StartAsync(kind);
        var id = await t.BuildingAsync("tamper-" + kind.ToString().ToLowerInvariant());
        TestApp.Ok(await t.App.CertifyMilestone.RunAsync(TestApp.Certifier, new(id, "1", TestApp.Hash("c"), "Builder Ltd")));
        Assert.True(TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null)).Ok);

        await using (var conn = await t.App.Store.Database.OpenAsync())
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"DELETE FROM milestone_certifications WHERE scheme_id = '{id}'";
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
        }

        var report = TestApp.Ok(await t.App.Ledger.VerifyAsync(TestApp.Convener, null));
        Assert.Contains(report.Problems, p => p.Contains("draws 6000000000 cents from escrow with no certification", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Contains("issues 6000000 units to the developer with no certification", StringComparison.Ordinal));
    }
}
