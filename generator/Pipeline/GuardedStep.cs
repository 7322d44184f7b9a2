using System;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// Runs one pipeline step's work so that a bug in it never reaches the compiler as an exception
/// (CS8784/CS8785): the exception becomes SRD0022 ("what was being done", its type, the method that
/// threw), carried by the step's failure value to the diagnostics, and no source is written while
/// one is present. Cancellation passes through.
/// </summary>
internal static class GuardedStep
{
    public static T Run<T>(string step, string path, string doing, Func<T> work, Func<DiagnosticInfo, T> failed)
    {
        try
        {
            FaultInjection.At(step);
            return work();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return failed(DiagnosticInfo.Internal(YamlSpan.StartOf(path), doing, exception));
        }
    }
}
