using Redev.Completion;

namespace Redev.Tests.Completion;

public class LotteryDrawTests
{
    private static readonly LotterySeed Seed = LotterySeed.Parse("000102030405060708090A0B0C0D0E0F101112131415161718191a1b1c1d1e1f", out _)!;

    [Fact]
    public void The_published_vector_orders_by_ticket_and_commits_to_the_seed()
    {
        var order = LotteryDraw.Order(Seed, ["WONG Yuk Lan", "CHAN Tai Man", "h-demo-investor", "陳大文"]);

        Assert.Equal("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", Seed.Commitment);
        Assert.Equal(["CHAN Tai Man", "陳大文", "h-demo-investor", "WONG Yuk Lan"], order.Select(t => t.Holder));
        Assert.Equal("5ba64bff9c310ff18ecf7e6b8579ec3eeb4833f25a93150d3cd96655c092e339", order[0].Ticket);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_holders_are_listed_in()
    {
        var holders = Enumerable.Range(0, 200).Select(i => $"holder-{i}").ToArray();

        var forward = LotteryDraw.Order(Seed, holders).Select(t => t.Holder);
        var backward = LotteryDraw.Order(Seed, holders.Reverse()).Select(t => t.Holder);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Another_seed_gives_another_order()
    {
        var other = LotterySeed.Parse(new string('f', 64), out _)!;
        var holders = Enumerable.Range(0, 50).Select(i => $"holder-{i}").ToArray();

        Assert.NotEqual(LotteryDraw.Order(Seed, holders).Select(t => t.Holder), LotteryDraw.Order(other, holders).Select(t => t.Holder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("zz0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")]
    public void A_seed_that_is_not_64_hex_digits_is_refused(string text)
    {
        Assert.Null(LotterySeed.Parse(text, out var refusal));
        Assert.Equal("bad-seed", refusal?.Code);
    }
}
