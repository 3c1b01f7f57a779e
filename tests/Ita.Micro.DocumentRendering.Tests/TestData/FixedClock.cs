namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>A clock stopped at one instant, so documents that print today's date render the same every day.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
