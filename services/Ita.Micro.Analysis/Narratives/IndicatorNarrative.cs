namespace Ita.Micro.Analysis.Narratives;

/// <summary>What one indicator's paragraph says beyond its numbers, in formal Thai.</summary>
public sealed record IndicatorNarrative
{
    /// <summary>Why the indicator matters; read after "เนื่องจาก", so it is a clause without it.</summary>
    public required string Why { get; init; }

    /// <summary>What the organisation does about it; read after "โดย", so it starts with a verb.</summary>
    public required string WhatToDo { get; init; }
}
