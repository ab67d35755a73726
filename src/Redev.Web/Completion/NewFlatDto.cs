using Redev.App.Completion;

namespace Redev.Web.Completion;

/// <summary>A flat of the new building: its value (the median of three appraisals) and what became of it.</summary>
/// <param name="Status">available, taken, kept (by the income fund) or sold.</param>
/// <param name="TakenBy">The holder who took it, when the caller may see who.</param>
/// <param name="PriceCents">The sale price, once sold.</param>
public sealed record NewFlatDto(string Flat, string Floor, long SaleableAreaSqFt, long ValueCents, string Status, string? TakenBy, long? PriceCents)
{
    public static NewFlatDto From(FlatView f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new NewFlatDto(f.Flat, f.Floor, f.SaleableAreaSqFt, f.ValueCents, f.Status, f.TakenBy, f.PriceCents);
    }
}
