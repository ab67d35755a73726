namespace Redev.App.Building;

/// <summary>An appraisal as typed: the valuation date (YYYY-MM-DD), the appraiser, the HKD value and the report's SHA-256.</summary>
public sealed record AppraisalCommand(string? Scheme, string? Date, string? Appraiser, string? Value, string? ReportHash);
