using Redev.Store.Ledger;

namespace Redev.App.Ledger;

/// <summary>The figures of one run, and whether the whole journal verified afterwards.</summary>
public sealed record LedgerBenchmarkResult(double TransfersPerSecond, double P99Milliseconds, long Commits, LedgerReport Verification);
