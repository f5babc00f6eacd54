using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Concord.Tests.Reading.Fuzzing;

/// <summary>Sees what the readers' guards hide. A reader turns any exception into "cannot be read", which is right
/// for a damaged file but hides a bug of ours; this notes every exception of a kind that means a bug (a null
/// reference, an index out of range, an empty sequence...) raised in Concord's own code on the watched thread, before
/// any catch sees it. Exceptions that a library raises in its own code about a damaged file are not bugs of ours.</summary>
public static class BugWatch
{
    [ThreadStatic] static List<string>? found;

    static BugWatch() => AppDomain.CurrentDomain.FirstChanceException += Seen;

    /// <summary>Runs <paramref name="action"/> and returns the bugs raised in Concord's code while it ran.</summary>
    public static IReadOnlyList<string> During(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        found = [];
        try
        {
            action();
            return found;
        }
        finally
        {
            found = null;
        }
    }

    static void Seen(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (found is null || !IsBugKind(e.Exception)) return;
        var frames = new StackTrace(1, fNeedFileInfo: false).GetFrames();
        // Start at the method that threw: the frames above it are the runtime's dispatch of the exception, whose
        // shape varies with the runtime's state.
        int start = e.Exception.TargetSite is { } thrower ? Array.FindIndex(frames, f => Same(f.GetMethod(), thrower)) : -1;
        // Then walk outwards through the base library's thin helpers (collections, LINQ, strings, spans, numbers) to
        // the code that called them. An exception raised inside a component (zip, XML, a library) is that
        // component's business: it may well catch it itself, as the zip reader does with a damaged date.
        foreach (var frame in frames.Skip(Math.Max(0, start)))
        {
            if (frame.GetMethod()?.DeclaringType is not { Namespace: { } space } type || space.StartsWith("Concord.Tests", StringComparison.Ordinal)) continue;
            if (Thin.Contains(space) || space.StartsWith("System.Runtime", StringComparison.Ordinal) || space.StartsWith("Internal", StringComparison.Ordinal)) continue;
            if (space.StartsWith("Concord", StringComparison.Ordinal))
                found.Add($"{e.Exception.GetType().Name} in {type.FullName}.{frame.GetMethod()!.Name}: {e.Exception.Message}");
            return;
        }
    }

    static bool Same(MethodBase? frame, MethodBase thrower) =>
        frame is not null && frame.MetadataToken == thrower.MetadataToken && frame.Module == thrower.Module;

    static readonly HashSet<string> Thin = ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Globalization"];

    static bool IsBugKind(Exception e) => e is NullReferenceException or IndexOutOfRangeException or ArgumentOutOfRangeException
        or ArgumentNullException or InvalidCastException or KeyNotFoundException or DivideByZeroException or OverflowException
        or InvalidOperationException or NotImplementedException;
}
