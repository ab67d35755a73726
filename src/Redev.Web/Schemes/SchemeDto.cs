using Redev.App.Schemes;
using Redev.Schemes;
using Redev.Store.Schemes;

namespace Redev.Web.Schemes;

/// <summary>A scheme as the API shows it: everything the scheme page shows, in plain JSON.</summary>
public sealed record SchemeDto(
    string Id, string Name, string State, IReadOnlyList<string> NextStates, int CompletionYear, DateTimeOffset CreatedAt,
    DateOnly? EnrolmentDeadline, TermsDto? Terms, IReadOnlyList<LotProgressDto> Lots, IReadOnlyList<RegisterRowDto> Register,
    IReadOnlyList<ConsentDto> Consents, IReadOnlyList<HistoryDto> History)
{
    public static SchemeListItem Item(SchemeSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SchemeListItem(s.Id.Value, s.Name, Lower(s.State), s.CompletionYear, s.CreatedAt, s.Flats, s.Owners, s.Consents);
    }

    /// <summary>A scheme as a staff use case returns it (creating, advancing): every owner is shown.</summary>
    public static SchemeDto From(Scheme s, DateTimeOffset now) => From(new SchemeView(s, SchemeSight.Everyone), now);

    /// <summary>
    /// A scheme as the caller may see it: the register rows and consents the application layer's
    /// <see cref="SchemeSight"/> allows, the per-lot progress (aggregates) always.
    /// </summary>
    public static SchemeDto From(SchemeView view, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        var s = view.Scheme;
        var consented = s.Consents.Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
        return new SchemeDto(
            s.Id.Value, s.Name, Lower(s.State), SchemeLifecycle.NextStates(s.State).Select(Lower).ToArray(), s.Facts.CompletionYear, s.CreatedAt,
            s.EnrolmentDeadline,
            s.Terms is { } t ? new TermsDto(t.PolicyName, t.IssuePrice.ToDecimalString(), t.Weights == Redev.Allocation.WeightBasis.Shares ? "shares" : "appraised",
                t.OwnersBase.ToDecimalString(), t.DeveloperValue.ToDecimalString()) : null,
            Progress(s, now),
            view.Register.Select(e => new RegisterRowDto(e.Line, e.Lot, e.Flat, e.Use.ToString().ToLowerInvariant(), e.Shares.Value, e.Owner,
                e.IsCommon ? "" : e.OwnerFraction.ToString(), e.Mortgagee, e.Owner is not null && consented.Contains(e.Owner))).ToArray(),
            view.Consents.Select(c => new ConsentDto(c.Owner, c.At, c.Evidence)).ToArray(),
            s.History.Select(h => new HistoryDto(h.At, Lower(h.From), Lower(h.To), h.Note)).ToArray());
    }

    /// <summary>Progress per lot with the threshold recorded at opening, or the one that would apply today.</summary>
    public static IReadOnlyList<LotProgressDto> Progress(Scheme s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var recorded = s.AppliedThresholds.Count > 0;
        var thresholds = s.ThresholdsFor(ThresholdTable.Cap545, Scheme.HongKongDate(now));
        return s.Progress().Select(p =>
        {
            var t = thresholds.FirstOrDefault(x => x.Lot == p.Lot);
            var percent = p.ThresholdPercent ?? t?.ThresholdPercent;
            return new LotProgressDto(p.Lot, p.CountableShares.Value, p.ConsentedShares.Value, p.CommonShares.Value, p.PercentForDisplay,
                percent, t?.ClassDescription, t?.Source, t?.Version, t?.AgeYears, recorded, percent is { } x && p.Reaches(x), t?.ClassId);
        }).ToArray();
    }

    public static string Lower(SchemeState state) => state.ToString().ToLowerInvariant();
}
