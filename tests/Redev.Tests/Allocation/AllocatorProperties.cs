using CsCheck;
using Redev.Allocation;
using Redev.Primitives;
using Redev.Registers;
using Redev.Tests.Support;

namespace Redev.Tests.Allocation;

/// <summary>Allocation invariants over random registers, large ones included, with co-owners in thirds.</summary>
public class AllocatorProperties
{
    private sealed record Case(IReadOnlyList<(string Flat, long Shares, string Owner, string Fraction)> Rows, long Site, long Cost, long PriceCents, int ShuffleSeed);

    private static readonly Gen<Case> Cases =
        from flats in Gen.Int[1, 3000]
        from shares in Gen.Long[1, 500].Array[flats]
        from owners in Gen.Int[0, 399].Array[flats * 3]
        from shape in Gen.Int[0, 3].Array[flats]
        from site in Gen.Long[1, 2_000_000_000]
        from cost in Gen.Long[0, 2_000_000_000]
        from price in Gen.Long[1, 1_000_000]
        from seed in Gen.Int
        select new Case(Rows(shares, owners, shape), site, cost, price, seed);

    private static List<(string, long, string, string)> Rows(long[] shares, int[] owners, int[] shape)
    {
        var rows = new List<(string, long, string, string)>();
        for (var i = 0; i < shares.Length; i++)
        {
            var flat = $"F{i}";
            // 0: sole owner; 1: halves; 2: thirds; 3: 2/5 + 3/5. Owners are drawn from 400 names, so many own several flats.
            string[] fractions = shape[i] switch { 0 => ["1"], 1 => ["1/2", "1/2"], 2 => ["1/3", "1/3", "1/3"], _ => ["2/5", "3/5"] };
            var used = new HashSet<string>();
            for (var k = 0; k < fractions.Length; k++)
            {
                var owner = $"Owner {owners[i * 3 + k]}";
                if (!used.Add(owner))
                {
                    owner += $" ({k})";
                }
                rows.Add((flat, shares[i], owner, fractions[k]));
            }
        }
        return rows;
    }

    private static BuildingRegister Build(IEnumerable<(string Flat, long Shares, string Owner, string Fraction)> rows)
    {
        var b = new RegisterBuilder();
        foreach (var r in rows)
        {
            b.Flat(r.Flat, r.Shares, r.Owner, r.Fraction);
        }
        return b.Parse();
    }

    private static AllocationResult Allocate(BuildingRegister register, Case c) =>
        Allocator.Allocate(register,
            AllocationTerms.Equity(Cents.FromDollars(c.Site), Cents.FromDollars(c.Cost), new Cents(c.PriceCents), WeightBasis.Shares, out _)!,
            out _)!;

    [Fact]
    public void Units_sum_to_the_total_and_no_holder_is_a_unit_away_from_its_entitlement()
    {
        Cases.Sample(c =>
        {
            var result = Allocate(Build(c.Rows), c);
            var sum = result.Lines.Aggregate(Rational.Zero, (s, l) => s + l.Entitlement);
            Assert.Equal((long)sum.Floor(), result.TotalUnits.Value);
            Assert.Equal(result.TotalUnits.Value, result.Lines.Sum(l => l.Units.Value));
            Assert.All(result.Lines, l =>
            {
                var gap = Rational.FromInteger(l.Units.Value) - l.Entitlement;
                Assert.True(gap > new Rational(-1, 1) && gap < Rational.One, $"{l.Holder}: {l.Units.Value} units for {l.Entitlement}");
            });
        }, iter: 40);
    }

    [Fact]
    public void The_result_does_not_depend_on_row_order()
    {
        Cases.Sample(c =>
        {
            var shuffled = c.Rows.OrderBy(_ => 0).ToArray();
            new Random(c.ShuffleSeed).Shuffle(shuffled);
            var a = Allocate(Build(c.Rows), c);
            var b = Allocate(Build(shuffled), c);
            Assert.Equal(a.Lines.Select(l => (l.Holder, l.Units)), b.Lines.Select(l => (l.Holder, l.Units)));
        }, iter: 25);
    }
}
