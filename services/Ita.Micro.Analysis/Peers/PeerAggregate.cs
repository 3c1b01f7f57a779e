namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// Running count, sum and histogram of one measure within one scope of one fiscal year, kept up to date one
/// organisation at a time by <see cref="PeerStatisticsUpdater"/> so that statistics never need a rescan.
/// </summary>
public sealed class PeerAggregate
{
    /// <summary>Twenty buckets of five points: bucket i holds [5i, 5i+5); the last also holds 100.</summary>
    public const int Buckets = 20;
    public const int BucketWidthHundredths = 500;

    public int FiscalYear { get; set; }

    /// <summary>One of <see cref="PeerScope"/>.</summary>
    public required string Scope { get; set; }

    /// <summary>The province or type; empty for the national scope.</summary>
    public required string ScopeKey { get; set; }

    /// <summary>0 is the total; 1 to 10 are the indicators.</summary>
    public int Measure { get; set; }

    /// <summary>Organisations with a score for the measure.</summary>
    public int Count { get; set; }

    /// <summary>Their scores added up, in hundredths of a point (a long, so exact for any number of organisations).</summary>
    public long Sum { get; set; }
    public int[] Histogram { get; set; } = new int[Buckets];

    /// <summary>
    /// Concurrency token: two events updating the same aggregate at once would otherwise lose one of the updates;
    /// with it the later save fails and the message is retried on fresh counts.
    /// </summary>
    public int Version { get; set; }

    public void Add(int hundredths) => Shift(hundredths, +1);

    public void Remove(int hundredths) => Shift(hundredths, -1);

    /// <summary>The mean in points, to two decimals; null when nobody is counted.</summary>
    public decimal? Mean => Count == 0 ? null : Math.Round(Sum / 100m / Count, 2, MidpointRounding.AwayFromZero);

    public static int BucketOf(int hundredths) => Math.Clamp(hundredths / BucketWidthHundredths, 0, Buckets - 1);

    private void Shift(int hundredths, int delta)
    {
        Count += delta;
        Sum += (long)delta * hundredths;
        // A fresh array, not an in-place change, so change tracking sees the histogram as modified.
        var histogram = (int[])Histogram.Clone();
        histogram[BucketOf(hundredths)] += delta;
        Histogram = histogram;
        Version++;
    }
}
