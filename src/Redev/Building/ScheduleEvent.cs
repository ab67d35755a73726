namespace Redev.Building;

/// <summary>A delay or default the schedule showed, as first recorded.</summary>
/// <param name="Kind"><see cref="BuildingActions.MilestoneDelayed"/> or <see cref="BuildingActions.DeveloperDefault"/>.</param>
public sealed record ScheduleEvent(int Milestone, string Kind, DateTimeOffset RecordedAt);
