namespace Redev.App.Demo;

/// <summary>
/// The clock of the demo's completed scheme: its story starts some weeks before the demo is run and moves
/// forward only when the story says so, so a choice window can open, pass its deadline and close without
/// anyone waiting, and every date it records is in the past.
/// </summary>
internal sealed class DemoStoryClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
