using Spectre.Console;

namespace Concord.Commands;

/// <summary>A progress bar on the terminal for a run of several steps; nothing when the error writer is not the
/// terminal (a pipe, a file, a test's writer), so that logs and captured output stay clean.</summary>
public static class ProgressDisplay
{
    /// <param name="work">Gets a callback to call at the start of each step with what the step does.</param>
    public static async Task<T> RunAsync<T>(TextWriter error, int steps, Func<Action<string>, Task<T>> work)
    {
        if (steps < 3 || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
            return await work(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("ingest", maxValue: steps);
            bool first = true;
            var result = await work(step =>
            {
                if (!first) task.Increment(1);
                first = false;
                task.Description = Markup.Escape(step);
            });
            task.Value = steps;
            return result;
        });
    }
}
