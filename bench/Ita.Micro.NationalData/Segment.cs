namespace Ita.Micro.NationalData;

/// <summary>How an organisation takes part in the ITA, year after year.</summary>
internal enum Segment
{
    /// <summary>Most organisations: high IIT/EIT, publishes most OIT items.</summary>
    Typical,

    /// <summary>Barely takes part: low IIT/EIT, publishes little (the few percent below 50).</summary>
    Struggling,

    /// <summary>Full marks everywhere.</summary>
    Exemplary,
}
