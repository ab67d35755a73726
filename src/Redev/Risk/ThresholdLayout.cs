namespace Redev.Risk;

/// <summary>
/// Where each owner's cash alternatives sit among the streams' thresholds: owner i (in the order of
/// <see cref="RiskModel.Owners"/>, hold-outs skipped) at 2i (sale) and 2i+1 (offer) of streams 0 and 1;
/// the owners together after them; the developer's and fund's alternatives alone in streams 2 and 3.
/// </summary>
internal sealed record ThresholdLayout(IReadOnlyList<OwnerPosition> Members, Func<KernelParameters, double[][]> Thresholds)
{
    public static ThresholdLayout For(RiskModel model)
    {
        var members = model.Owners.Where(o => !o.HoldOut).ToList();
        // The owners together: a pseudo-owner holding every consenting owner's units and flats.
        members.Add(new OwnerPosition("(owners together)", members.Sum(m => m.Units),
            new Primitives.Cents(members.Sum(m => m.MarketValue.Value)), new Primitives.Cents(members.Sum(m => m.AcquisitionOffer.Value)), false));
        double[][] Build(KernelParameters p)
        {
            var g = p.GrowthToCompletion;
            var perUnit = new double[members.Count * 2];
            var index = new double[members.Count * 2];
            for (var i = 0; i < members.Count; i++)
            {
                var m = members[i];
                var sale = m.MarketValue.Value / 100.0 * g;
                var offer = m.AcquisitionOffer.Value / 100.0 * g;
                var app = m.MarketValue.Value / 100.0;
                perUnit[2 * i] = sale / m.Units;
                perUnit[2 * i + 1] = offer / m.Units;
                index[2 * i] = app > 0 ? sale / app : double.PositiveInfinity;
                index[2 * i + 1] = app > 0 ? offer / app : double.PositiveInfinity;
            }
            var developerStake = p.DeveloperAlternative;
            var fund = p.AllFlatsValue * g + developerStake;
            return [perUnit, index, [developerStake], [fund]];
        }
        return new ThresholdLayout(members, Build);
    }
}
