using System.CommandLine;
using System.Text.Json;
using Redev.Completion;
using Redev.Payout;

namespace Redev.Cli.Completion;

/// <summary>
/// <c>redev lottery seed|order</c>: the verifiable lottery that fixes the order in which holders pick flats
/// (docs/lottery.md). Stateless, so any holder can recompute the order from the published seed.
/// </summary>
public static class LotteryCommands
{
    public static Command Build(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var command = new Command("lottery", "The published-seed lottery that orders holders' choice of flats.");
        command.Subcommands.Add(Seed(io));
        command.Subcommands.Add(Order(io));
        return command;
    }

    private static Command Seed(CliIO io)
    {
        var c = new Command("seed", "Draw a fresh seed: publish its commitment before the choice window opens, and the seed after it closes.");
        c.SetAction(_ =>
        {
            var seed = LotterySeed.Create();
            io.Out.WriteLine($"seed:       {seed.Hex}");
            io.Out.WriteLine($"commitment: {seed.Commitment}");
            return ExitCodes.Ok;
        });
        return c;
    }

    private static Command Order(CliIO io)
    {
        var seedOption = new Option<string>("--seed") { Description = "The published seed, 64 hex digits.", Required = true };
        var commitment = new Option<string?>("--commitment") { Description = "The commitment published before the window opened; the order is refused if the seed does not match it." };
        var holdings = new Option<FileInfo>("--holdings") { Description = "CSV with the header holder,units (or holder,units,pledgee): the holders taking part.", Required = true };
        var json = Options.Json();
        var c = new Command("order", "Recompute the order in which holders pick, from the seed and the list of holders alone.");
        foreach (var o in new Option[] { seedOption, commitment, holdings, json })
        {
            c.Options.Add(o);
        }
        c.SetAction(async (parse, ct) =>
        {
            if (LotterySeed.Parse(parse.GetValue(seedOption), out var bad) is not { } seed)
            {
                return io.Refuse(bad!);
            }
            if (parse.GetValue(commitment) is { } published && !seed.Matches(published))
            {
                return io.Refuse(Refusal.With("seed-mismatch",
                    $"--commitment: the seed's SHA-256 is {seed.Commitment}, not the published {published.Trim()}; this is not the seed that was committed to.", ("commitment", published)));
            }
            var file = parse.GetValue(holdings)!;
            if (!file.Exists)
            {
                io.Err.WriteLine($"{file}: file not found");
                return ExitCodes.BadInput;
            }
            var read = HoldingsCsv.Parse(file.ToString(), await File.ReadAllBytesAsync(file.FullName, ct));
            if (!read.Succeeded)
            {
                return io.Refuse(Refusal.Invalid("holdings-invalid", read.Problems));
            }
            var order = LotteryDraw.Order(seed, read.Holdings!.Select(h => h.Holder));
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    seed = seed.Hex,
                    commitment = seed.Commitment,
                    order = order.Select((t, i) => new { place = i + 1, holder = t.Holder, ticket = t.Ticket }),
                }, CliJson.Options));
                return ExitCodes.Ok;
            }
            io.Out.WriteLine($"commitment {seed.Commitment} (SHA-256 of the seed)");
            for (var i = 0; i < order.Count; i++)
            {
                io.Out.WriteLine($"{i + 1,4}. {order[i].Holder}  {order[i].Ticket[..16]}…");
            }
            return ExitCodes.Ok;
        });
        return c;
    }
}
