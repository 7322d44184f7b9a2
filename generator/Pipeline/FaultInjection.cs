using System;
using System.Threading;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// A test-only seam: a test names a pipeline step and that step throws, so that a test can show each
/// step's failure becomes SRD0022 with no exception into the compiler and no partial output. Scoped to
/// the test's own flow (<see cref="AsyncLocal{T}"/>); unset in every real build, where it costs one read.
/// </summary>
internal static class FaultInjection
{
    private static readonly AsyncLocal<string?> s_failingStep = new();

    /// <summary>Makes the step named <paramref name="step"/> (a <c>DatasetGenerator.TrackingNames</c> name, or <c>writing</c>) throw until disposed.</summary>
    public static IDisposable FailAt(string step)
    {
        s_failingStep.Value = step;
        return new Reset();
    }

    /// <summary>
    /// Throws when a test asked <paramref name="step"/> to fail. Never inlined: SRD0022 names the method
    /// that threw from the exception's first stack frame, and once the calling step is hot, tiered
    /// compilation with its profile would inline this method into it and the frame would name the caller
    /// (the tests failed so, at random, in a long test run, and at once with DOTNET_TC_CallCountingDelayMs=0).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void At(string step)
    {
        if (s_failingStep.Value is { } failing && string.Equals(failing, step, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Fault injected at " + step + " (a test).");
        }
    }

    private sealed class Reset : IDisposable
    {
        public void Dispose() => s_failingStep.Value = null;
    }
}
