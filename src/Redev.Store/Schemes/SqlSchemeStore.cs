using System.Data.Common;
using System.Globalization;
using Dapper;
using Redev.Allocation;
using Redev.Building;
using Redev.Primitives;
using Redev.Registers;
using Redev.Schemes;

namespace Redev.Store.Schemes;

/// <summary>
/// <see cref="ISchemeStore"/> on SQLite or PostgreSQL: one SQL dialect serves both (see
/// <see cref="Migrations"/>), so the contract tests exercise the same code on each.
/// </summary>
public sealed class SqlSchemeStore(Database db) : ISchemeStore
{
    static SqlSchemeStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public async Task CreateAsync(Scheme scheme, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var exists = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM schemes WHERE scheme_id = @Id", new { Id = scheme.Id.Value }, tx);
        if (exists > 0)
        {
            throw new DuplicateSchemeException(scheme.Id);
        }
        await conn.ExecuteAsync("""
            INSERT INTO schemes (scheme_id, name, completion_year, designated_area, industrial, outside_industrial_zone, created_at, state, version)
            VALUES (@SchemeId, @Name, @CompletionYear, @DesignatedArea, @Industrial, @OutsideIndustrialZone, @CreatedAt, @State, -1)
            """, ToRow(scheme), tx);
        await WriteAsync(conn, tx, scheme, -1, ct);
        await tx.CommitAsync(ct);
    }

    public async Task SaveAsync(Scheme scheme, int readVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await WriteAsync(conn, tx, scheme, readVersion, ct);
        await tx.CommitAsync(ct);
    }

    private static async Task WriteAsync(DbConnection conn, DbTransaction tx, Scheme scheme, int readVersion, CancellationToken ct)
    {
        var row = ToRow(scheme);
        var updated = await conn.ExecuteAsync("""
            UPDATE schemes SET name = @Name, state = @State, version = @Version, enrolment_deadline = @EnrolmentDeadline,
                terms_policy = @TermsPolicy, terms_weights = @TermsWeights, terms_issue_price_cents = @TermsIssuePriceCents,
                terms_owners_base_cents = @TermsOwnersBaseCents, terms_developer_value_cents = @TermsDeveloperValueCents,
                terms_milestones = @TermsMilestones, terms_grace_days = @TermsGraceDays
            WHERE scheme_id = @SchemeId AND version = @ReadVersion
            """, new
        {
            row.Name, row.State, row.Version, row.EnrolmentDeadline, row.TermsPolicy, row.TermsWeights, row.TermsIssuePriceCents,
            row.TermsOwnersBaseCents, row.TermsDeveloperValueCents, row.TermsMilestones, row.TermsGraceDays, row.SchemeId, ReadVersion = (long)readVersion,
        }, tx);
        if (updated != 1)
        {
            throw new ConcurrentChangeException(scheme.Id);
        }
        var id = new { SchemeId = scheme.Id.Value };
        foreach (var table in new[] { "register_rows", "consents", "applied_thresholds", "scheme_events" })
        {
            await conn.ExecuteAsync($"DELETE FROM {table} WHERE scheme_id = @SchemeId", id, tx);
        }
        if (scheme.Register is { } register)
        {
            await conn.ExecuteAsync("""
                INSERT INTO register_rows (scheme_id, line, lot, flat, shares, saleable_area_sqft, owner, fraction, appraised_cents, mortgagee, use, occupancy)
                VALUES (@SchemeId, @Line, @Lot, @Flat, @Shares, @SaleableAreaSqft, @Owner, @Fraction, @AppraisedCents, @Mortgagee, @Use, @Occupancy)
                """, register.Entries.Select(e => new RegisterRow
            {
                SchemeId = scheme.Id.Value, Line = e.Line, Lot = e.Lot, Flat = e.Flat, Shares = e.Shares.Value,
                SaleableAreaSqft = e.SaleableAreaSqft?.ToString(CultureInfo.InvariantCulture), Owner = e.Owner,
                Fraction = e.OwnerFraction.ToString(), AppraisedCents = e.AppraisedValue?.Value, Mortgagee = e.Mortgagee,
                Use = e.Use.ToString(), Occupancy = e.Occupancy?.ToString(),
            }), tx);
        }
        await conn.ExecuteAsync("INSERT INTO consents (scheme_id, owner, at, evidence) VALUES (@SchemeId, @Owner, @At, @Evidence)",
            scheme.Consents.Select(c => new ConsentRow { SchemeId = scheme.Id.Value, Owner = c.Owner, At = StoreTime.Write(c.At), Evidence = c.Evidence }), tx);
        await conn.ExecuteAsync("""
            INSERT INTO applied_thresholds (scheme_id, lot, version, class_id, class_description, threshold_percent, source, age_years)
            VALUES (@SchemeId, @Lot, @Version, @ClassId, @ClassDescription, @ThresholdPercent, @Source, @AgeYears)
            """, scheme.AppliedThresholds.Select(t => new ThresholdRow
        {
            SchemeId = scheme.Id.Value, Lot = t.Lot, Version = t.Version, ClassId = t.ClassId, ClassDescription = t.ClassDescription,
            ThresholdPercent = t.ThresholdPercent, Source = t.Source, AgeYears = t.AgeYears,
        }), tx);
        await conn.ExecuteAsync("""
            INSERT INTO scheme_events (scheme_id, seq, at, from_state, to_state, note)
            VALUES (@SchemeId, @Seq, @At, @FromState, @ToState, @Note)
            """, scheme.History.Select((h, i) => new EventRow
        {
            SchemeId = scheme.Id.Value, Seq = i, At = StoreTime.Write(h.At), FromState = h.From.ToString(), ToState = h.To.ToString(), Note = h.Note,
        }), tx);
        ct.ThrowIfCancellationRequested();
    }

    public async Task<Scheme?> GetAsync(SchemeId id, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var p = new { SchemeId = id.Value };
        var row = await conn.QuerySingleOrDefaultAsync<SchemeRow>("SELECT * FROM schemes WHERE scheme_id = @SchemeId", p, tx);
        if (row is null)
        {
            return null;
        }
        var rows = (await conn.QueryAsync<RegisterRow>("SELECT * FROM register_rows WHERE scheme_id = @SchemeId ORDER BY line", p, tx)).ToArray();
        var consents = await conn.QueryAsync<ConsentRow>("SELECT * FROM consents WHERE scheme_id = @SchemeId ORDER BY owner", p, tx);
        var thresholds = await conn.QueryAsync<ThresholdRow>("SELECT * FROM applied_thresholds WHERE scheme_id = @SchemeId ORDER BY lot", p, tx);
        var events = await conn.QueryAsync<EventRow>("SELECT * FROM scheme_events WHERE scheme_id = @SchemeId ORDER BY seq", p, tx);
        await tx.CommitAsync(ct);

        var register = rows.Length == 0 ? null : new BuildingRegister(rows.Select(ToEntry).ToArray());
        return Scheme.Restore(
            id, row.Name,
            new LotFacts((int)row.CompletionYear, row.DesignatedArea != 0, row.Industrial != 0, row.OutsideIndustrialZone != 0),
            StoreTime.Read(row.CreatedAt), Enum.Parse<SchemeState>(row.State), (int)row.Version, register, ToTerms(row),
            row.EnrolmentDeadline is null ? null : StoreTime.ReadDate(row.EnrolmentDeadline),
            consents.Select(c => new Consent(c.Owner, StoreTime.Read(c.At), c.Evidence)),
            thresholds.Select(t => new AppliedThreshold(t.Lot, t.Version, t.ClassId, t.ClassDescription, (int)t.ThresholdPercent, t.Source, (int)t.AgeYears)),
            events.Select(e => new SchemeEvent(StoreTime.Read(e.At), Enum.Parse<SchemeState>(e.FromState), Enum.Parse<SchemeState>(e.ToState), e.Note)),
            ToSchedule(row));
    }

    public async Task<IReadOnlyList<SchemeSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<SummaryRow>("""
            SELECT s.scheme_id, s.name, s.state, s.completion_year, s.created_at,
                (SELECT count(DISTINCT r.lot || '/' || r.flat) FROM register_rows r WHERE r.scheme_id = s.scheme_id AND r.use <> 'Common') AS flats,
                (SELECT count(DISTINCT r.owner) FROM register_rows r WHERE r.scheme_id = s.scheme_id AND r.owner IS NOT NULL) AS owners,
                (SELECT count(*) FROM consents c WHERE c.scheme_id = s.scheme_id) AS consents
            FROM schemes s ORDER BY s.scheme_id
            """);
        return rows.Select(r => new SchemeSummary(SchemeId.Parse(r.SchemeId), r.Name, Enum.Parse<SchemeState>(r.State),
            (int)r.CompletionYear, StoreTime.Read(r.CreatedAt), (int)r.Flats, (int)r.Owners, (int)r.Consents)).ToArray();
    }

    private static SchemeRow ToRow(Scheme s) => new()
    {
        SchemeId = s.Id.Value, Name = s.Name, CompletionYear = s.Facts.CompletionYear,
        DesignatedArea = s.Facts.DesignatedArea ? 1 : 0, Industrial = s.Facts.Industrial ? 1 : 0,
        OutsideIndustrialZone = s.Facts.OutsideIndustrialZone ? 1 : 0, CreatedAt = StoreTime.Write(s.CreatedAt),
        State = s.State.ToString(), Version = s.Version,
        EnrolmentDeadline = s.EnrolmentDeadline is { } d ? StoreTime.WriteDate(d) : null,
        TermsPolicy = s.Terms?.Policy.ToString(), TermsWeights = s.Terms?.Weights.ToString(),
        TermsIssuePriceCents = s.Terms?.IssuePrice.Value, TermsOwnersBaseCents = s.Terms?.OwnersBase.Value,
        TermsDeveloperValueCents = s.Terms?.DeveloperValue.Value,
        TermsMilestones = s.Schedule?.ToText(), TermsGraceDays = s.Schedule?.GraceDays,
    };

    private static MilestoneSchedule? ToSchedule(SchemeRow r) =>
        r.TermsMilestones is null
            ? null
            : MilestoneSchedule.Parse(r.TermsMilestones, (int)(r.TermsGraceDays ?? 0), out var refusal)
              ?? throw new InvalidDataException($"Stored milestone schedule of scheme {r.SchemeId} is invalid: {refusal}");

    private static RegisterEntry ToEntry(RegisterRow r)
    {
        if (!Rational.TryParse(r.Fraction, out var fraction))
        {
            throw new InvalidDataException($"Stored fraction \"{r.Fraction}\" of scheme {r.SchemeId} line {r.Line} is unreadable.");
        }
        return new RegisterEntry(r.Lot, r.Flat, new UndividedShares(r.Shares),
            r.SaleableAreaSqft is null ? null : decimal.Parse(r.SaleableAreaSqft, CultureInfo.InvariantCulture),
            r.Owner, fraction, r.AppraisedCents is { } c ? new Cents(c) : null, r.Mortgagee, Enum.Parse<FlatUse>(r.Use), (int)r.Line)
        {
            Occupancy = r.Occupancy is null ? null : Enum.Parse<Occupancy>(r.Occupancy),
        };
    }

    private static AllocationTerms? ToTerms(SchemeRow r)
    {
        if (r.TermsPolicy is null)
        {
            return null;
        }
        var weights = Enum.Parse<WeightBasis>(r.TermsWeights!);
        var price = new Cents(r.TermsIssuePriceCents!.Value);
        var owners = new Cents(r.TermsOwnersBaseCents!.Value);
        var developer = new Cents(r.TermsDeveloperValueCents!.Value);
        var terms = Enum.Parse<AllocationPolicy>(r.TermsPolicy) == AllocationPolicy.Equity
            ? AllocationTerms.Equity(owners, developer, price, weights, out var refusal)
            : AllocationTerms.CostInKind(owners, developer, price, weights, out refusal);
        return terms ?? throw new InvalidDataException($"Stored terms of scheme {r.SchemeId} are invalid: {refusal}");
    }
}
