namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>Where <see cref="JsonEntryScanner"/> is in the document, kept between chunks.</summary>
internal enum JsonScanPhase
{
    /// <summary>Before the root object.</summary>
    Root,

    /// <summary>Inside the root object, before a property name or its end.</summary>
    RootProperty,

    /// <summary>After "assessments":, before its array.</summary>
    AssessmentsStart,

    /// <summary>Inside "assessments", before an element or the end of the array.</summary>
    Element,

    /// <summary>After the name of a root property that is not "assessments", before its value.</summary>
    SkipValue,

    /// <summary>Inside an object or array that is being skipped.</summary>
    SkipNested,

    /// <summary>After the root object: only white space may follow.</summary>
    Trailing,
}
