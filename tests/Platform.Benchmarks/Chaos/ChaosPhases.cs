using System.Globalization;

namespace Platform.Benchmarks.Chaos;

/// <summary>Requests by phase: count, failures (transport errors, 5xx, GraphQL errors) and latencies.</summary>
public sealed class ChaosPhases
{
    private readonly object _gate = new();
    private readonly List<Phase> _phases = [];
    private Phase _current = new("setup", "");

    public sealed class Phase(string name, string fault)
    {
        public string Name { get; } = name;

        public string Fault { get; set; } = fault;

        public List<double> Latencies { get; } = [];

        public int Failures { get; set; }
    }

    public string Current
    {
        get
        {
            lock (_gate) return _current.Name;
        }
    }

    public void Begin(string name, string fault)
    {
        lock (_gate)
        {
            _current = new Phase(name, fault);
            _phases.Add(_current);
        }

        Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] phase {name}: {fault}");
    }

    /// <summary>Notes what the fault did (how long a restart took), for the table.</summary>
    public void Note(string text)
    {
        lock (_gate) _current.Fault += "; " + text;
        Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}]   {text}");
    }

    public void Record(double milliseconds, bool ok)
    {
        lock (_gate)
        {
            _current.Latencies.Add(milliseconds);
            if (!ok) _current.Failures++;
        }
    }

    public void Print(TextWriter output)
    {
        lock (_gate)
        {
            output.WriteLine("phase              requests  failed  error %   p50 ms   p99 ms  fault");
            foreach (var phase in _phases)
            {
                var sorted = phase.Latencies.Order().ToList();
                double P(double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
                var rate = sorted.Count == 0 ? 0 : 100.0 * phase.Failures / sorted.Count;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{phase.Name,-18} {sorted.Count,9} {phase.Failures,7} {rate,8:0.00} {P(0.5),8:0.0} {P(0.99),8:0.0}  {phase.Fault}"));
            }
        }
    }
}
