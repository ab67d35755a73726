using Redev.Schemes;

namespace Redev.Web.Schemes;

/// <summary>Enrolment on one lot: shares consented against the legal threshold, with its class and source.</summary>
/// <param name="ThresholdRecorded">False while a draft: the threshold is the one that would apply if enrolment opened today.</param>
public sealed record LotProgressDto(
    string Lot, long CountableShares, long ConsentedShares, long CommonShares, decimal ConsentedPercent,
    int? ThresholdPercent, string? ThresholdClass, string? ThresholdSource, string? ThresholdVersion, int? AgeYears,
    bool ThresholdRecorded, bool MeetsThreshold, string? ThresholdClassId = null);
