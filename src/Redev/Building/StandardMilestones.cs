namespace Redev.Building;

/// <summary>
/// The standard stages of a building contract (docs/building.md). A schedule's milestone is just a name the terms
/// give, so any name is allowed; a milestone named as one of these is known for what it is, so a page can name it in
/// its reader's language (拆卸及地基工程, 入伙紙) where another name is shown as the convener wrote it. The name
/// stays the record's, so the ledger entries that carry it and their hashes do not depend on anyone's language.
/// </summary>
public static class StandardMilestones
{
    // Each names its type: the refusal catalogue's scan reads new("code", ...) as a refusal's code.
    public static readonly StandardMilestone Foundations = new StandardMilestone("foundations", "Demolition and foundations");
    public static readonly StandardMilestone Superstructure = new StandardMilestone("superstructure", "Superstructure");
    public static readonly StandardMilestone ToppingOut = new StandardMilestone("topping-out", "Topping out");
    public static readonly StandardMilestone OccupationPermit = new StandardMilestone("occupation-permit", "Occupation permit");

    public static readonly IReadOnlyList<StandardMilestone> All = [Foundations, Superstructure, ToppingOut, OccupationPermit];

    /// <summary>
    /// The standard milestone <paramref name="name"/> is, or null. Compared as schedules compare names (ignoring case
    /// and the spaces around), so "occupation permit" typed by a convener is the occupation permit.
    /// </summary>
    public static StandardMilestone? Of(string? name)
    {
        var n = name?.Trim() ?? "";
        return All.FirstOrDefault(m => string.Equals(m.Name, n, StringComparison.OrdinalIgnoreCase));
    }
}
