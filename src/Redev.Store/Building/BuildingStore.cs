using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Redev.Building;
using Redev.Primitives;
using Redev.Schemes;
using Redev.Store.Ledger;

namespace Redev.Store.Building;

/// <summary>
/// The certifier's records of the building stage. Each write and its signed audit record commit together;
/// inserts are keyed so that two racing writers of the same fact leave one row, and the loser learns so.
/// </summary>
public sealed class BuildingStore(Database db)
{
    static BuildingStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public async Task<IReadOnlyList<Certification>> CertificationsAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<CertificationRow>(
            "SELECT * FROM milestone_certifications WHERE scheme_id = @S ORDER BY milestone", new { S = scheme.Value });
        return rows.Select(r => r.ToCertification()).ToArray();
    }

    /// <summary>Writes a certification and its audit record; false (nothing written) when the milestone already has one.</summary>
    public async Task<bool> CertifyAsync(Certification c, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(c);
        var detail = JsonSerializer.Serialize(new
        {
            milestone = c.Number, name = c.Name, evidence = c.Evidence, payee = c.Payee, drawCents = c.Draw.Value, developerUnits = c.DeveloperUnits,
        });
        return await InsertWithAuditAsync(c.Scheme, """
            INSERT INTO milestone_certifications (scheme_id, milestone, name, certified_at, certified_by, evidence, payee, draw_cents, developer_units)
            VALUES (@S, @N, @Name, @At, @By, @E, @P, @D, @U) ON CONFLICT DO NOTHING
            """, new
        {
            S = c.Scheme.Value, N = c.Number, c.Name, At = StoreTime.Write(c.CertifiedAt), By = c.CertifiedBy,
            E = string.Join(",", c.Evidence), P = c.Payee, D = c.Draw.Value, U = c.DeveloperUnits,
        }, BuildingActions.MilestoneCertified, c.CertifiedBy, c.Number.ToString(CultureInfo.InvariantCulture), detail, c.CertifiedAt, notary, ct);
    }

    public async Task<IReadOnlyList<Appraisal>> AppraisalsAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<AppraisalRow>(
            "SELECT * FROM appraisals WHERE scheme_id = @S ORDER BY valued_on, appraiser", new { S = scheme.Value });
        return rows.Select(r => new Appraisal(StoreTime.ReadDate(r.ValuedOn), r.Appraiser, new Cents(r.ValueCents), r.ReportHash)).ToArray();
    }

    /// <summary>Records an appraisal and its audit record; false when that appraiser already has one on that date.</summary>
    public Task<bool> AddAppraisalAsync(SchemeId scheme, Appraisal a, DateTimeOffset at, string by, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        var detail = JsonSerializer.Serialize(new { valuedOn = StoreTime.WriteDate(a.ValuedOn), valueCents = a.Value.Value, reportHash = a.ReportHash });
        return InsertWithAuditAsync(scheme, """
            INSERT INTO appraisals (scheme_id, valued_on, appraiser, value_cents, report_hash, recorded_at, recorded_by)
            VALUES (@S, @D, @A, @V, @H, @At, @By) ON CONFLICT DO NOTHING
            """, new { S = scheme.Value, D = StoreTime.WriteDate(a.ValuedOn), A = a.Appraiser, V = a.Value.Value, H = a.ReportHash, At = StoreTime.Write(at), By = by },
            BuildingActions.AppraisalRecorded, by, a.Appraiser, detail, at, notary, ct);
    }

    public async Task<IReadOnlyList<AdoptedValuation>> ValuationsAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<ValuationRow>("SELECT * FROM valuations WHERE scheme_id = @S ORDER BY valued_on", new { S = scheme.Value });
        return rows.Select(r => new AdoptedValuation(StoreTime.ReadDate(r.ValuedOn),
            new NetAssetValue(new Cents(r.AdoptedCents), new Cents(r.EscrowCents), new Cents(r.LiabilitiesCents), r.UnitsOutstanding),
            StoreTime.Read(r.AdoptedAt), r.AdoptedBy)).ToArray();
    }

    /// <summary>Records an adopted valuation with the appraisals' report hashes in its audit record; false when that date already has one.</summary>
    public Task<bool> AdoptAsync(SchemeId scheme, AdoptedValuation v, IReadOnlyList<Appraisal> round, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(round);
        var detail = JsonSerializer.Serialize(new
        {
            valuedOn = StoreTime.WriteDate(v.ValuedOn), adoptedCents = v.Nav.AdoptedValue.Value, escrowCents = v.Nav.Escrow.Value,
            liabilitiesCents = v.Nav.Liabilities.Value, unitsOutstanding = v.Nav.UnitsOutstanding,
            reports = round.Select(a => new { appraiser = a.Appraiser, valueCents = a.Value.Value, reportHash = a.ReportHash }),
        });
        return InsertWithAuditAsync(scheme, """
            INSERT INTO valuations (scheme_id, valued_on, adopted_cents, escrow_cents, liabilities_cents, units_outstanding, adopted_at, adopted_by)
            VALUES (@S, @D, @V, @E, @L, @U, @At, @By) ON CONFLICT DO NOTHING
            """, new
        {
            S = scheme.Value, D = StoreTime.WriteDate(v.ValuedOn), V = v.Nav.AdoptedValue.Value, E = v.Nav.Escrow.Value, L = v.Nav.Liabilities.Value,
            U = v.Nav.UnitsOutstanding, At = StoreTime.Write(v.AdoptedAt), By = v.AdoptedBy,
        }, BuildingActions.ValuationAdopted, v.AdoptedBy, StoreTime.WriteDate(v.ValuedOn), detail, v.AdoptedAt, notary, ct);
    }

    public async Task<IReadOnlyList<ScheduleEvent>> EventsAsync(SchemeId scheme, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<(long Milestone, string Kind, string RecordedAt)>(
            "SELECT milestone, kind, recorded_at FROM schedule_events WHERE scheme_id = @S ORDER BY milestone, kind", new { S = scheme.Value });
        return rows.Select(r => new ScheduleEvent((int)r.Milestone, r.Kind, StoreTime.Read(r.RecordedAt))).ToArray();
    }

    /// <summary>Records a delay or default once; false when it was recorded before.</summary>
    public Task<bool> RecordEventAsync(SchemeId scheme, ScheduleEvent e, string actor, string detail, ECDsa notary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(e);
        return InsertWithAuditAsync(scheme,
            "INSERT INTO schedule_events (scheme_id, milestone, kind, recorded_at) VALUES (@S, @M, @K, @At) ON CONFLICT DO NOTHING",
            new { S = scheme.Value, M = e.Milestone, K = e.Kind, At = StoreTime.Write(e.RecordedAt) },
            e.Kind, actor, e.Milestone.ToString(CultureInfo.InvariantCulture), detail, e.RecordedAt, notary, ct);
    }

    private async Task<bool> InsertWithAuditAsync(SchemeId scheme, string sql, object args, string action, string actor, string subject, string detail,
        DateTimeOffset at, ECDsa notary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notary);
        await using var conn = await db.OpenAsync(ct);
        await using DbTransaction tx = await conn.BeginTransactionAsync(ct);
        // The writers' lock first: racing inserts then queue here, and the second sees the first's row.
        await LedgerSql.LockWritersAsync(conn, tx, db.Kind, ct);
        if (await conn.ExecuteAsync(sql, args, tx) != 1)
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        await AuditTrail.AppendAsync(conn, tx, db.Kind, scheme, action, actor, subject, detail, at, notary, ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
