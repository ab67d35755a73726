using System.CommandLine;
using Redev.Payout;
using Redev.Primitives;

namespace Redev.Cli.Payout;

/// <summary>
/// <c>redev distribute</c>: a stateless split of a cash payout among unit holders, nothing stored, so the
/// payout rule (docs/payout.md) can be checked from outside against its published test vectors.
/// </summary>
public static class DistributeCommand
{
    public static Command Build(CliIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var holdings = new Option<FileInfo>("--holdings") { Description = "CSV with the header holder,units or holder,units,pledgee.", Required = true };
        var amount = new Option<string>("--amount") { Description = "The amount to pay out (HKD, up to 2 decimals, e.g. 1234.56).", Required = true };
        var feeRate = new Option<string>("--fee-rate") { Description = "The fee as a decimal fraction of the amount, at least 0 and below 1 (e.g. 0.015); rounded down to the cent. Default 0." };
        var json = Options.Json();
        var command = new Command("distribute", "Split a payout among unit holders pro rata by units, exact to the cent.");
        command.Options.Add(holdings);
        command.Options.Add(amount);
        command.Options.Add(feeRate);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            // Every problem in one pass: the options first, then the file.
            var refused = false;
            var amountText = parse.GetValue(amount) ?? "";
            if (!Cents.TryParseHkd(amountText, out var cents) || cents.Value < 0)
            {
                refused = true;
                io.Refuse(Refusal.With("bad-payout-amount", $"--amount: \"{amountText}\" is not an HKD amount of zero or more with at most 2 decimals (e.g. 1234.56)", ("amount", amountText)));
            }
            var rateText = parse.GetValue(feeRate) ?? "0";
            if (!FeeRate.TryParse(rateText, out var rate, out var tooLarge))
            {
                refused = true;
                io.Refuse(Refusal.With("bad-fee-rate", tooLarge
                    ? $"--fee-rate: \"{rateText}\" is not less than 1; a fee rate is at least 0 and below 1 (e.g. 0.015)"
                    : $"--fee-rate: \"{rateText}\" is not a decimal such as 0 or 0.015 (digits, one point, no sign, exponent or %)", ("rate", rateText)));
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
            if (refused)
            {
                return ExitCodes.BadInput;
            }
            var result = PayoutSplit.Split(cents, rate, read.Holdings!);
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(PayoutView.Json(result));
            }
            else
            {
                PayoutView.Table(io, result, $"Payout of {file.Name}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
