using System.Globalization;
using Redev.Risk;

namespace Redev.Charts;

/// <summary>The words on an owner's histogram, so a page can draw it in the reader's language.</summary>
/// <param name="Sale">Legend of the sell-today line.</param>
/// <param name="Offer">Legend of the acquisition-offer line.</param>
public sealed record HistogramLabels(string Title, string X, string Y, string Sale, string Offer)
{
    /// <summary>The culture the tick labels are written in (percentages and amounts).</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>How the amount axis's ticks are written short (HK$7.8M, HK$780萬), in the reader's language.</summary>
    public CompactAmounts Amounts { get; init; } = CompactAmounts.English;

    /// <summary>The CLI's English labels.</summary>
    public static HistogramLabels English(OwnerHistogram h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new($"What {h.Owner} may end with at completion", "HKD at completion (middle 99%)", "share of futures",
            "sell today, grown: " + h.SaleGrown, "URA-style offer, grown: " + h.OfferGrown);
    }
}
