namespace Redev.Schemes;

/// <summary>
/// The notes Redev itself writes in a scheme's history: closing's, and the demo's story (docs/demo.md). A
/// convener's note is their own text, in their language, and is shown as written; these are Redev's words, so a
/// page shows each in its reader's language. The stored text is unchanged English, so histories written before
/// read the same, and nothing that hashes a scheme's records depends on a reader's language.
/// </summary>
public static class KnownNotes
{
    // Each names its type: the refusal catalogue's scan reads new("code", ...) as a refusal's code.

    /// <summary>Closing's own move (<c>CloseScheme</c>).</summary>
    public static readonly KnownNote Closed = new KnownNote("closed", "closed");

    // The demo's story, move by move.
    public static readonly KnownNote DemoEnrolmentOpened = new KnownNote("demo-enrolment-opened", "demo: 40% applied");
    public static readonly KnownNote DemoApplicationsIn = new KnownNote("demo-applications-in", "demo: applications in");
    public static readonly KnownNote DemoThresholdMet = new KnownNote("demo-threshold-met", "demo: threshold met");
    public static readonly KnownNote DemoEscrowFunded = new KnownNote("demo-escrow-funded", "demo: escrow funded");
    public static readonly KnownNote DemoOccupationPermit = new KnownNote("demo-occupation-permit", "demo: occupation permit issued");
    public static readonly KnownNote DemoUnitsSettled = new KnownNote("demo-units-settled", "demo: every fund unit settled");

    public static readonly IReadOnlyList<KnownNote> All =
        [Closed, DemoEnrolmentOpened, DemoApplicationsIn, DemoThresholdMet, DemoEscrowFunded, DemoOccupationPermit, DemoUnitsSettled];

    /// <summary>The known note whose text <paramref name="note"/> is exactly, or null for a person's own note.</summary>
    public static KnownNote? Of(string? note) => All.FirstOrDefault(n => string.Equals(n.Text, note, StringComparison.Ordinal));
}
