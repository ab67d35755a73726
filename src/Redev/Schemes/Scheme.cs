using Redev.Allocation;
using Redev.Building;
using Redev.Registers;

namespace Redev.Schemes;

/// <summary>
/// A redevelopment scheme: its site facts, register, consents and place in the lifecycle.
/// </summary>
/// <remarks>
/// State changes only through the guarded methods below, each of which either applies the change
/// whole or returns a <see cref="Refusal"/> and changes nothing. Times are UTC; the enrolment
/// deadline is a Hong Kong calendar date, because that is how a notice states it.
/// </remarks>
public sealed class Scheme
{
    /// <summary>Share of undivided shares that must have applied before enrolment opens (URA practice).</summary>
    public const int OpeningPercent = 40;

    /// <summary>Hong Kong has kept UTC+8 without daylight saving since 1979.</summary>
    public static readonly TimeSpan HongKongOffset = TimeSpan.FromHours(8);

    /// <summary>
    /// Longest scheme name, in characters: an address with its lot numbers fits many times over, and
    /// a name is shown on every page and stored with every scheme, so it must not be a document.
    /// </summary>
    public const int MaxNameLength = 200;

    private readonly Dictionary<string, Consent> _consents = new(StringComparer.Ordinal);
    private readonly List<SchemeEvent> _history = [];
    private readonly List<AppliedThreshold> _thresholds = [];

    public SchemeId Id { get; }
    public string Name { get; }
    public LotFacts Facts { get; }
    public DateTimeOffset CreatedAt { get; }
    public SchemeState State { get; private set; }
    public BuildingRegister? Register { get; private set; }
    public AllocationTerms? Terms { get; private set; }

    /// <summary>The construction schedule agreed with the terms; a scheme without one cannot vest.</summary>
    public MilestoneSchedule? Schedule { get; private set; }
    public DateOnly? EnrolmentDeadline { get; private set; }

    /// <summary>Bumped on every change; the store refuses to save over a newer version.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<Consent> Consents => _consents.Values;
    public IReadOnlyList<SchemeEvent> History => _history;
    public IReadOnlyList<AppliedThreshold> AppliedThresholds => _thresholds;

    public Scheme(SchemeId id, string name, LotFacts facts, DateTimeOffset createdAt)
        : this(id, name, facts, createdAt, restoring: false)
    {
    }

    // A store may hold a longer name saved before the cap existed; it still loads.
    private Scheme(SchemeId id, string name, LotFacts facts, DateTimeOffset createdAt, bool restoring)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!restoring && CheckName(name) is { } bad)
        {
            throw new ArgumentException(bad.Message, nameof(name));
        }
        if (facts.CompletionYear < 1800 || facts.CompletionYear > createdAt.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(facts), facts.CompletionYear, "The completion year must be between 1800 and this year.");
        }
        Id = id;
        Name = name.Trim();
        Facts = facts;
        CreatedAt = createdAt.ToUniversalTime();
        State = SchemeState.Draft;
    }

    /// <summary>Why <paramref name="name"/> cannot name a scheme (<c>bad-name</c>, <c>name-too-long</c>), or null.</summary>
    public static Refusal? CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new Refusal("bad-name", "name: give the scheme a name people recognise, such as the building's address.");
        }
        var length = name.Trim().Length;
        return length > MaxNameLength
            ? new Refusal("name-too-long", $"name: a scheme name has at most {MaxNameLength} characters (got {length}).")
            : null;
    }

    /// <summary>Rebuilds a scheme exactly as stored; only a store calls this.</summary>
    public static Scheme Restore(
        SchemeId id, string name, LotFacts facts, DateTimeOffset createdAt, SchemeState state, int version,
        BuildingRegister? register, AllocationTerms? terms, DateOnly? deadline,
        IEnumerable<Consent> consents, IEnumerable<AppliedThreshold> thresholds, IEnumerable<SchemeEvent> history,
        MilestoneSchedule? schedule = null)
    {
        var s = new Scheme(id, name, facts, createdAt, restoring: true)
        {
            State = state, Version = version, Register = register, Terms = terms, EnrolmentDeadline = deadline, Schedule = schedule,
        };
        foreach (var c in consents)
        {
            s._consents[c.Owner] = c;
        }
        s._thresholds.AddRange(thresholds);
        s._history.AddRange(history);
        return s;
    }

    /// <summary>Loads or replaces the register; only while the scheme is a draft, since consents count against it.</summary>
    public Refusal? ImportRegister(BuildingRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (State != SchemeState.Draft)
        {
            return new Refusal("register-locked", $"The register of scheme {Id} can only be replaced while it is a draft; it is {State}.");
        }
        Register = register;
        foreach (var owner in _consents.Keys.Where(o => !register.OwnsAny(o)).ToArray())
        {
            _consents.Remove(owner);
        }
        Version++;
        return null;
    }

    /// <summary>Sets the allocation terms used at vesting, and the construction schedule; fixed once owners are enrolling.</summary>
    /// <param name="schedule">The milestone schedule; a scheme may enrol without one, but cannot vest without one.</param>
    public Refusal? SetTerms(AllocationTerms terms, MilestoneSchedule? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (State != SchemeState.Draft)
        {
            return new Refusal("terms-locked", $"The allocation terms of scheme {Id} are fixed once enrolment opens; it is {State}.");
        }
        if (terms.Weights == WeightBasis.Appraised && Register is { } r && r.Flats.Any(f => !f.IsCommon && f.AppraisedValue is null))
        {
            return new Refusal("appraisals-missing", "Weights by appraised value need an appraisal for every flat in the register.");
        }
        Terms = terms;
        Schedule = schedule;
        Version++;
        return null;
    }

    /// <summary>Records an owner's consent (an application while Draft, a consent while Enrolling).</summary>
    /// <param name="evidence">A signed form's reference or the SHA-256 of its scan, kept with the consent; null for one given online.</param>
    public Refusal? AddConsent(string owner, DateTimeOffset at, string? evidence = null)
    {
        if (State is not (SchemeState.Draft or SchemeState.Enrolling))
        {
            return new Refusal("not-enrolling", $"Scheme {Id} is {State}; consents are taken only while it is Draft or Enrolling.");
        }
        if (Register is null)
        {
            return new Refusal("no-register", $"Scheme {Id} has no register yet; import one first.");
        }
        if (DeadlinePassed(at) is { } late)
        {
            return late;
        }
        if (!Register.OwnsAny(owner))
        {
            return new Refusal("unknown-owner", $"\"{owner}\" is not an owner in the register of scheme {Id} (owners are matched exactly as written).");
        }
        if (_consents.ContainsKey(owner))
        {
            return new Refusal("already-consented", $"\"{owner}\" has already consented to scheme {Id}.");
        }
        _consents[owner] = new Consent(owner, at.ToUniversalTime(), evidence);
        Version++;
        return null;
    }

    /// <summary>Withdraws a consent; allowed until vesting, when titles pass into the fund.</summary>
    public Refusal? WithdrawConsent(string owner, DateTimeOffset at)
    {
        if (State is not (SchemeState.Draft or SchemeState.Enrolling))
        {
            return new Refusal("not-enrolling", $"Scheme {Id} is {State}; a consent can only be withdrawn while it is Draft or Enrolling.");
        }
        if (DeadlinePassed(at) is { } late)
        {
            return late;
        }
        if (!_consents.Remove(owner))
        {
            return new Refusal("no-consent", $"\"{owner}\" has no consent to withdraw from scheme {Id}.");
        }
        Version++;
        return null;
    }

    /// <summary>Consents per lot, in undivided shares; a co-owned flat counts only when every co-owner consents.</summary>
    public IReadOnlyList<LotProgress> Progress()
    {
        if (Register is null)
        {
            return [];
        }
        return Register.Lots.Select(lot =>
        {
            var consented = Register.Flats
                .Where(f => f.Lot == lot && !f.IsCommon && f.Owners.All(o => _consents.ContainsKey(o.Owner)))
                .Aggregate(Primitives.UndividedShares.Zero, (s, f) => s + f.Shares);
            var threshold = _thresholds.FirstOrDefault(t => t.Lot == lot)?.ThresholdPercent;
            return new LotProgress(lot, Register.CountableShares(lot), consented, Register.CommonShares(lot), threshold);
        }).ToArray();
    }

    /// <summary>
    /// The thresholds that would apply if enrolment opened on <paramref name="on"/>; once it has
    /// opened, the recorded ones.
    /// </summary>
    public IReadOnlyList<AppliedThreshold> ThresholdsFor(ThresholdTable table, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (_thresholds.Count > 0 || Register is null)
        {
            return _thresholds;
        }
        return Register.Lots.Select(l => table.Apply(l, Facts, Register.EveryUnitOverTenPercent(l), on)).ToArray();
    }

    /// <summary>Moves to <paramref name="target"/> if the lifecycle and its guard allow it.</summary>
    /// <param name="deadline">For opening enrolment: the last Hong Kong date on which consents count.</param>
    /// <param name="evidence">For starting building and completing: what the escrow and the certifier's records show.</param>
    public Refusal? Advance(SchemeState target, DateTimeOffset now, ThresholdTable table, DateOnly? deadline = null, string note = "", StageEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!SchemeLifecycle.CanMove(State, target))
        {
            var allowed = SchemeLifecycle.NextStates(State);
            return new Refusal("bad-transition", allowed.Count == 0
                ? $"Scheme {Id} is {State}, which is final."
                : $"Scheme {Id} cannot go from {State} to {target}; next can be {string.Join(" or ", allowed)}.");
        }
        var today = HongKongDate(now);
        var refusal = target switch
        {
            SchemeState.Enrolling => CheckOpening(today, deadline, table),
            SchemeState.Vested => CheckVesting(),
            SchemeState.Lapsed => CheckLapse(today),
            SchemeState.Building or SchemeState.Completed => BuildingGuards.Check(Id, target,
                evidence ?? throw new ArgumentNullException(nameof(evidence), "Starting building and completing are judged on evidence.")),
            SchemeState.Distributed or SchemeState.Operating or SchemeState.Closed => Completion.CompletionGuards.Check(Id, target,
                evidence?.Completion ?? throw new ArgumentNullException(nameof(evidence), "The steps after completion are judged on evidence.")),
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }
        switch (target)
        {
            case SchemeState.Enrolling:
                _thresholds.Clear();
                _thresholds.AddRange(ThresholdsFor(table, today));
                EnrolmentDeadline = deadline;
                break;
            case SchemeState.Lapsed:
                _consents.Clear();
                note = string.IsNullOrEmpty(note) ? "threshold not met by the deadline; every consent released" : note;
                break;
        }
        _history.Add(new SchemeEvent(now.ToUniversalTime(), State, target, note));
        State = target;
        Version++;
        return null;
    }

    private Refusal? CheckOpening(DateOnly today, DateOnly? deadline, ThresholdTable table)
    {
        if (Register is null)
        {
            return new Refusal("no-register", $"Scheme {Id} has no register; import one before opening enrolment.");
        }
        if (Terms is null)
        {
            return new Refusal("no-terms", $"Scheme {Id} has no allocation terms; owners must see what they would receive before enrolling.");
        }
        if (deadline is not { } d || d <= today)
        {
            return new Refusal("bad-deadline", "Opening enrolment needs a deadline after today (Hong Kong date).");
        }
        // With no owned shares a lot's count is 0 of 0: nobody could ever consent, and a percentage of it means nothing.
        if (Register.Lots.Where(l => Register.CountableShares(l).Value == 0).ToArray() is { Length: > 0 } empty)
        {
            return new Refusal("no-owned-shares",
                $"Enrolment needs shares held by owners on every lot; {string.Join(", ", empty.Select(l => $"lot {l}"))} has only common parts.");
        }
        if (table.VersionOn(today) is null)
        {
            return new Refusal("no-threshold", $"No Cap. 545 threshold is in force on {today:yyyy-MM-dd}.");
        }
        var short_ = Progress().Where(p => !p.Reaches(OpeningPercent)).ToArray();
        return short_.Length == 0 ? null : new Refusal("below-opening",
            $"Enrolment opens once {OpeningPercent}% of shares have applied; " +
            string.Join("; ", short_.Select(p => $"lot {p.Lot} has {p.PercentForDisplay:0.00}%")) + ".");
    }

    // Consents freeze at the deadline, so a threshold met by then can still vest afterwards.
    private Refusal? DeadlinePassed(DateTimeOffset at) =>
        EnrolmentDeadline is { } d && HongKongDate(at) > d
            ? new Refusal("deadline-passed", $"The enrolment deadline of scheme {Id} ({d:yyyy-MM-dd}) has passed; consents are frozen.")
            : null;

    /// <summary>The Hong Kong calendar date of an instant.</summary>
    public static DateOnly HongKongDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(HongKongOffset).DateTime);

    private Refusal? CheckVesting()
    {
        if (Schedule is null)
        {
            return new Refusal("no-schedule", $"Scheme {Id} has no milestone schedule in its terms; the developer's units are issued milestone by milestone, so a scheme cannot vest without one.");
        }
        var short_ = Progress().Where(p => !p.MeetsThreshold).ToArray();
        return short_.Length == 0 ? null : new Refusal("below-threshold",
            "Vesting needs every lot at its threshold; " +
            string.Join("; ", short_.Select(p => $"lot {p.Lot} has {p.PercentForDisplay:0.00}% of {p.ThresholdPercent}%")) + ".");
    }

    private Refusal? CheckLapse(DateOnly today)
    {
        if (EnrolmentDeadline is { } d && today <= d)
        {
            return new Refusal("deadline-not-passed", $"Scheme {Id} can lapse only after its deadline {d:yyyy-MM-dd}.");
        }
        return Progress().All(p => p.MeetsThreshold)
            ? new Refusal("threshold-met", $"Scheme {Id} has met its threshold; vest it instead of letting it lapse.")
            : null;
    }
}
