using Redev.Schemes;

namespace Redev.Tests.Schemes;

/// <summary>The consent acknowledgement's reference matches the test vectors of docs/consent.md (computed independently with Python's hashlib).</summary>
public class ConsentReferenceTests
{
    [Fact]
    public void The_reference_matches_the_documented_test_vector()
    {
        var at = new DateTimeOffset(2026, 12, 2, 16, 30, 0, 456, TimeSpan.FromHours(8));

        Assert.Equal("2026-12-02T08:30:00Z", ConsentReference.Time(at));
        Assert.Equal("9121660fe755", ConsentReference.Compute("demo-tkt", "CHAN Tai Man", ConsentReference.Give, at));
        Assert.Equal("20c5a20149a4", ConsentReference.Compute("demo-tkt", "陳大文", ConsentReference.Withdraw, at));
    }
}
