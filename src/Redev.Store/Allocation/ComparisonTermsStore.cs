using Dapper;
using Redev.Allocation;
using Redev.Primitives;


namespace Redev.Store.Allocation;

/// <summary>
/// The figures of the policy a scheme did not choose, kept only so owners can compare both policies
/// before they consent (docs/brief.md §4). The scheme's own terms stay in the scheme.
/// </summary>
public sealed class ComparisonTermsStore(Database db)
{
    public async Task SaveAsync(string schemeId, AllocationTerms terms, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync("DELETE FROM web_comparison_terms WHERE scheme_id = @S", new { S = schemeId }, tx);
        await conn.ExecuteAsync("""
            INSERT INTO web_comparison_terms (scheme_id, policy, owners_base_cents, developer_value_cents, issue_price_cents, weights)
            VALUES (@S, @P, @O, @D, @I, @W)
            """, new
        {
            S = schemeId, P = terms.Policy.ToString(), O = terms.OwnersBase.Value, D = terms.DeveloperValue.Value,
            I = terms.IssuePrice.Value, W = terms.Weights.ToString(),
        }, tx);
        await tx.CommitAsync(ct);
    }

    public async Task ClearAsync(string schemeId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await conn.ExecuteAsync("DELETE FROM web_comparison_terms WHERE scheme_id = @S", new { S = schemeId });
    }

    public async Task<AllocationTerms?> GetAsync(string schemeId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>("SELECT * FROM web_comparison_terms WHERE scheme_id = @S", new { S = schemeId });
        if (row is null)
        {
            return null;
        }
        var weights = Enum.Parse<WeightBasis>(row.Weights);
        return Enum.Parse<AllocationPolicy>(row.Policy) == AllocationPolicy.Equity
            ? AllocationTerms.Equity(new Cents(row.OwnersBaseCents), new Cents(row.DeveloperValueCents), new Cents(row.IssuePriceCents), weights, out _)
            : AllocationTerms.CostInKind(new Cents(row.OwnersBaseCents), new Cents(row.DeveloperValueCents), new Cents(row.IssuePriceCents), weights, out _);
    }

    private sealed class Row
    {
        public string SchemeId { get; set; } = "";
        public string Policy { get; set; } = "";
        public long OwnersBaseCents { get; set; }
        public long DeveloperValueCents { get; set; }
        public long IssuePriceCents { get; set; }
        public string Weights { get; set; } = "";
    }
}
