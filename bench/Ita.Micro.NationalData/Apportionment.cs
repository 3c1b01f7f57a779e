namespace Ita.Micro.NationalData;

/// <summary>Splits a whole number in proportion to weights (largest remainder; ties go to the earlier weight).</summary>
internal static class Apportionment
{
    public static int[] LargestRemainder(int total, IReadOnlyList<int> weights)
    {
        long sum = weights.Sum(w => (long)w);
        if (sum == 0)
            return new int[weights.Count];
        var shares = weights.Select(w => (int)(total * (long)w / sum)).ToArray();
        var order = Enumerable
            .Range(0, weights.Count)
            .OrderByDescending(i => total * (long)weights[i] % sum)
            .ThenBy(i => i);
        foreach (var i in order.Take(total - shares.Sum()))
            shares[i]++;
        return shares;
    }
}
