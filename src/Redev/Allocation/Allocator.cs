using System.Numerics;
using Redev.Primitives;
using Redev.Registers;

namespace Redev.Allocation;

/// <summary>
/// Computes, to the unit, what every owner and the developer receive. Pure and exact: every
/// quotient is a <see cref="Rational"/>, and the only rounding is the largest-remainder rule.
/// </summary>
public static class Allocator
{
    /// <summary>The developer's holder id in allocations.</summary>
    public const string DeveloperId = "developer";

    /// <summary>The holder id for the units issued against the cash that buys out hold-outs.</summary>
    public const string BuyOutId = "hold-out-buy-out";

    /// <summary>Allocates under <paramref name="terms"/> to every owner in <paramref name="register"/>.</summary>
    /// <param name="participants">When given, only these owners receive units (the consenting owners at vesting).
    /// The hold-outs' share is issued, at the same price, to <see cref="BuyOutId"/>: whoever pays the cash that
    /// buys them out at the compulsory sale (docs/brief.md §3). Nobody's entitlement changes because others hold out.</param>
    public static AllocationResult? Allocate(BuildingRegister register, AllocationTerms terms, out Refusal? refusal, IReadOnlySet<string>? participants = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(terms);
        var weights = OwnerWeights(register, terms.Weights, out refusal);
        if (weights is null)
        {
            return null;
        }

        var price = terms.IssuePrice.Dollars;
        var ownersValue = terms.OwnersValue.Dollars;
        var entitlements = new List<(string Holder, HolderRole Role, Rational Entitlement)>(weights.Count + 2);
        var heldOut = Rational.Zero;
        foreach (var (owner, weight) in weights)
        {
            if (participants is null || participants.Contains(owner))
            {
                entitlements.Add((owner, HolderRole.Owner, ownersValue * weight / price));
            }
            else
            {
                heldOut += weight;
            }
        }
        if (!heldOut.IsZero)
        {
            entitlements.Add((BuyOutId, HolderRole.BuyOut, ownersValue * heldOut / price));
        }
        entitlements.Add((DeveloperId, HolderRole.Developer, terms.DeveloperValue.Dollars / price));

        var units = LargestRemainder(entitlements.Select(e => (e.Holder, e.Entitlement)).ToArray(), out var total);
        var lines = entitlements
            .Select((e, i) => new AllocationLine(e.Holder, e.Role, e.Entitlement, new Units(units[i]), terms.IssuePrice * units[i]))
            .OrderBy(l => l.Holder, StringComparer.Ordinal)
            .ToArray();
        return new AllocationResult(terms, new Units(total), lines);
    }

    /// <summary>
    /// Each owner's weight, exact: per flat by shares (or appraisal) over the total, split among
    /// co-owners by their fractions, summed per owner. Common-parts shares are left out, so the
    /// weights of all owners sum to exactly one.
    /// </summary>
    public static IReadOnlyList<(string Owner, Rational Weight)>? OwnerWeights(BuildingRegister register, WeightBasis basis, out Refusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(register);
        refusal = null;
        var flats = register.Flats.Where(f => !f.IsCommon).ToArray();
        if (basis == WeightBasis.Shares && register.Lots.Count > 1)
        {
            refusal = new Refusal("shares-across-lots",
                $"The register spans {register.Lots.Count} lots, and undivided shares of different lots cannot be compared; use weights by appraised value.");
            return null;
        }
        if (basis == WeightBasis.Appraised && flats.FirstOrDefault(f => f.AppraisedValue is null) is { } missing)
        {
            refusal = new Refusal("appraisals-missing", $"Flat {missing.Designation} has no appraised value; weights by appraised value need one for every flat.");
            return null;
        }
        // Sum in integers first, then divide once per owner: one exact denominator, fast on 10,000 flats.
        BigInteger Measure(Flat f) => basis == WeightBasis.Shares ? f.Shares.Value : f.AppraisedValue!.Value.Value;
        var total = flats.Aggregate(BigInteger.Zero, (s, f) => s + Measure(f));
        var perOwner = new Dictionary<string, Rational>(StringComparer.Ordinal);
        foreach (var flat in flats)
        {
            var measure = Measure(flat);
            foreach (var stake in flat.Owners)
            {
                var part = stake.Fraction * Rational.FromInteger(measure);
                perOwner[stake.Owner] = perOwner.TryGetValue(stake.Owner, out var sum) ? sum + part : part;
            }
        }
        var denominator = Rational.FromInteger(total);
        return perOwner
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, kv.Value / denominator))
            .ToArray();
    }

    /// <summary>
    /// Rounds entitlements to whole units so that they sum to the floor of their total: floors first,
    /// then one more unit each to the largest fractional parts, ties by holder id (ordinal).
    /// </summary>
    public static long[] LargestRemainder(IReadOnlyList<(string Holder, Rational Entitlement)> entitlements, out long total)
    {
        ArgumentNullException.ThrowIfNull(entitlements);
        var sum = entitlements.Aggregate(Rational.Zero, (s, e) => s + e.Entitlement);
        total = (long)sum.Floor();
        var units = new long[entitlements.Count];
        long floors = 0;
        for (var i = 0; i < units.Length; i++)
        {
            if (entitlements[i].Entitlement.Sign < 0)
            {
                throw new ArgumentException($"Entitlement of {entitlements[i].Holder} is negative.", nameof(entitlements));
            }
            units[i] = (long)entitlements[i].Entitlement.Floor();
            floors = checked(floors + units[i]);
        }
        var leftover = total - floors;
        var fractions = entitlements.Select((e, i) => e.Entitlement - Rational.FromInteger(units[i])).ToArray();
        var order = Enumerable.Range(0, units.Length)
            .OrderByDescending(i => fractions[i])
            .ThenBy(i => entitlements[i].Holder, StringComparer.Ordinal)
            .Take((int)leftover);
        foreach (var i in order)
        {
            units[i]++;
        }
        return units;
    }
}
