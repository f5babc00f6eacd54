using System.Diagnostics;
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
        // Walk from the throw outwards: through the base library's thin helpers (collections, LINQ, strings, spans,
        // numbers, the exception dispatch itself) to the code that called them. An exception raised inside a component (zip, XML, a library) is that
        // component's business: it may well catch it itself, as the zip reader does with a damaged date.
        foreach (var frame in new StackTrace(1, fNeedFileInfo: false).GetFrames())
        {
            // Runtime stubs have no type; this watch and the tests that call the readers are not under watch.
            if (frame.GetMethod()?.DeclaringType is not { Namespace: { } space } type || space.StartsWith("Concord.Tests", StringComparison.Ordinal)) continue;
            if (Thin.Contains(space)) continue;
            if (space.StartsWith("Concord", StringComparison.Ordinal))
                found.Add($"{e.Exception.GetType().Name} in {type.FullName}.{frame.GetMethod()!.Name}: {e.Exception.Message}");
            return;
        }
    }

    static readonly HashSet<string> Thin = ["System", "System.Runtime", "System.Collections.Generic", "System.Linq", "System.Text", "System.Globalization", "System.Runtime.CompilerServices"];

    static bool IsBugKind(Exception e) => e is NullReferenceException or IndexOutOfRangeException or ArgumentOutOfRangeException
        or ArgumentNullException or InvalidCastException or KeyNotFoundException or DivideByZeroException or OverflowException
        or InvalidOperationException or NotImplementedException;
}
