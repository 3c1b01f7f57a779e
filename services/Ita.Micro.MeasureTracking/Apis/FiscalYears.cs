using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>A fiscal year in a route or query of the evidence and calendar APIs: a Buddhist Era year.</summary>
public static class FiscalYears
{
    public static bool IsValid(int fiscalYear) => fiscalYear is >= 2500 and <= 2700;

    public static string Message(TimeProvider time) =>
        $"ปีงบประมาณต้องเป็นปี พ.ศ. เช่น {ThaiFiscalYear.Of(time.Today())} (fiscalYear) / fiscalYear is a Buddhist Era year.";

    /// <summary>400 naming fiscalYear when it is not a B.E. year; null otherwise.</summary>
    public static IResult? Invalid(int fiscalYear, TimeProvider time) =>
        IsValid(fiscalYear) ? null : ApiProblems.Invalid("fiscalYear", Message(time));
}
