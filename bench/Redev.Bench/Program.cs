using System.Diagnostics;
using System.Globalization;
using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;

// Allocation speed, phase by phase, on a register file (make one with bench/make-register.py).
// Prints one figure per line: the median of the runs after a warm-up.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Redev.Bench REGISTER.csv [runs]");
    return 2;
}
var text = File.ReadAllText(args[0]);
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
var terms = AllocationTerms.Equity(Cents.FromDollars(5_000_000_000), Cents.FromDollars(7_000_000_000), Cents.FromDollars(10), WeightBasis.Shares, out _)!;
var parse = new List<double>();
var allocate = new List<double>();
BuildingRegister? register = null;
for (var i = 0; i <= runs; i++)
{
    var sw = Stopwatch.StartNew();
    register = RegisterCsv.Parse(args[0], text).Register!;
    var t1 = sw.Elapsed.TotalMilliseconds;
    var result = Allocator.Allocate(register, terms, out _)!;
    var t2 = sw.Elapsed.TotalMilliseconds;
    if (i > 0)
    {
        parse.Add(t1);
        allocate.Add(t2 - t1);
    }
    GC.KeepAlive(result);
}
static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocate flats={register!.Flats.Count} rows={register.Entries.Count} parse_ms={Median(parse):0.0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocate flats={register.Flats.Count} allocate_ms={Median(allocate):0.0}"));
return 0;
