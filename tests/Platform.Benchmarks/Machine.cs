using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>What the figures were measured on.</summary>
public static class Machine
{
    /// <summary>The output of <c>nproc</c> (CPUs this process may use), or the runtime's count if nproc is missing.</summary>
    public static string ProcessorCount()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("nproc") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is not null)
            {
                var output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                if (process.ExitCode == 0 && output.Length > 0) return output;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No nproc on this machine.
        }
        return Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first "model name" of /proc/cpuinfo.</summary>
    public static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
