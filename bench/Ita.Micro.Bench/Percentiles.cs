namespace Ita.Micro.Bench;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile of an ascending list.</summary>
    public static double Of(List<double> sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
