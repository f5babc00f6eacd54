using Concord.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Faults;

/// <summary>Compares what a <see cref="UpdateLoad"/> was answered with the register's history: every accepted change is
/// in it exactly once, no refused change is anywhere in it, an unanswered one at most once, no answer was other than accepted or a conflict.</summary>
public static class LoadChecks
{
    public static async Task AssertHistoryMatchesAnswersAsync(RegisterStore store, UpdateLoad load)
    {
        Assert.True(load.Errors.Count == 0, "answers other than accepted or conflict:\n" + string.Join('\n', load.Errors.Take(10)));
        await using var db = store.Open();
        var changes = await db.Changes.AsNoTracking().Where(c => c.Entity == "Commitment" || c.Entity == "ProgressUpdate")
            .Select(c => new { c.Before, c.After }).ToListAsync();
        var problems = new List<string>();
        foreach (var marker in load.Accepted)
        {
            // The change that brought the marker in: later changes of the same commitment carry it on in their After.
            int introduced = changes.Count(c => c.After is { } after && after.Contains(marker, StringComparison.Ordinal)
                                                && !(c.Before ?? "").Contains(marker, StringComparison.Ordinal));
            if (introduced != 1) problems.Add($"accepted {marker} is in the history {introduced} times");
        }
        foreach (var marker in load.Refused)
            if (changes.Any(c => (c.After ?? "").Contains(marker, StringComparison.Ordinal) || (c.Before ?? "").Contains(marker, StringComparison.Ordinal)))
                problems.Add($"refused {marker} is in the history");
        foreach (var marker in load.Unanswered)
        {
            // Killed before it answered: it may have committed or not, but never twice or in part.
            int introduced = changes.Count(c => c.After is { } after && after.Contains(marker, StringComparison.Ordinal)
                                                && !(c.Before ?? "").Contains(marker, StringComparison.Ordinal));
            if (introduced > 1) problems.Add($"unanswered {marker} is in the history {introduced} times");
        }
        var texts = await db.Updates.Select(u => u.Text).ToListAsync();
        foreach (var marker in load.Refused)
            if (texts.Any(t => t.Contains(marker, StringComparison.Ordinal))) problems.Add($"refused {marker} is in the register");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }
}
