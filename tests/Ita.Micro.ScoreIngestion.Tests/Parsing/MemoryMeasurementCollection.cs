namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

/// <summary>
/// Tests that measure the managed heap run alone: other tests allocating in parallel would be counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement";
}
