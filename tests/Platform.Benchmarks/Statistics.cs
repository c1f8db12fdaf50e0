namespace Platform.Benchmarks;

public static class Statistics
{
    /// <summary>The <paramref name="fraction"/> quantile, linearly interpolated between the closest ranks (as numpy's default).</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double fraction)
    {
        if (values.Count == 0) throw new ArgumentException("No values.", nameof(values));
        var sorted = values.Order().ToArray();
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
