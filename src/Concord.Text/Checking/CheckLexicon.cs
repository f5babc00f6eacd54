using Concord.Text.Languages.En;
using Concord.Text.Languages.Vi;
using Concord.Text.Parties;
using Concord.Text.Segmentation;

namespace Concord.Text.Checking;

/// <summary>One language's checking vocabulary (Languages/*/..CheckWords), compiled once: the cue phrases,
/// the names of known countries and their adjectives, and the stop words.</summary>
internal sealed class CheckLexicon
{
    static readonly CheckLexicon English = new(Language.En, EnCheckWords.Achieved, EnCheckWords.Target, EnCheckWords.Study,
        EnCheckWords.Decided, EnCheckWords.BothWays, EnCheckWords.Stop);

    static readonly CheckLexicon Vietnamese = new(Language.Vi, ViCheckWords.Achieved, ViCheckWords.Target, ViCheckWords.Study,
        ViCheckWords.Decided, ViCheckWords.BothWays, ViCheckWords.Stop, ViCheckWords.PeopleNouns);

    // Japanese has no checking vocabulary yet: its claims are linked by names, figures and dates only.
    static readonly CheckLexicon Japanese = new(Language.Ja, [], [], [], [], [], []);

    readonly PhraseTrie<CheckCues> cues;
    readonly PhraseTrie<string> parties;
    readonly PhraseTrie<string> attributives;
    readonly PhraseTrie<bool> peopleNouns;
    readonly HashSet<string> stop;
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopLookup;

    public Language Language { get; }

    public bool WholeWords => Language != Language.Ja;

    CheckLexicon(Language language, string[] achieved, string[] target, string[] study, string[] decided, string[] bothWays, string[] stopWords,
        string[]? people = null)
    {
        peopleNouns = new PhraseTrie<bool>((people ?? []).Select(p => (p, true)));
        Language = language;
        cues = new PhraseTrie<CheckCues>(
            achieved.Select(p => (p, CheckCues.Achieved))
                .Concat(target.Select(p => (p, CheckCues.Target)))
                .Concat(study.Select(p => (p, CheckCues.Study)))
                .Concat(decided.Select(p => (p, CheckCues.Decided)))
                .Concat(bothWays.Select(p => (p, CheckCues.BothWays))));
        var countries = PartyLanguage.For(language).Countries;
        parties = new PhraseTrie<string>(countries.SelectMany(c => c.Names.Concat(c.Attributive).Select(n => (n, c.Party))));
        attributives = new PhraseTrie<string>(countries.SelectMany(c => c.Attributive.Select(n => (n, c.Party))));
        stop = new HashSet<string>(stopWords, StringComparer.Ordinal);
        stopLookup = stop.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CheckLexicon For(Language language) => language switch
    {
        Language.Vi => Vietnamese,
        Language.Ja => Japanese,
        _ => English,
    };

    static readonly HashSet<string> DurationUnits = new(EnCheckWords.DurationUnits.Concat(ViCheckWords.DurationUnits), StringComparer.Ordinal);

    /// <summary>A unit of time ("year", "tháng"), folded and singular.</summary>
    public static bool IsDurationUnit(string foldedUnit) => DurationUnits.Contains(foldedUnit);

    public bool IsStop(ReadOnlySpan<char> lowerWord) => stopLookup.Contains(lowerWord);

    /// <summary>Every cue phrase that starts a word inside <paramref name="range"/>.</summary>
    public CheckCues CuesIn(string text, TextSpan range)
    {
        var found = CheckCues.None;
        for (int i = range.Start; i < range.End; i++)
        {
            if (!StartsWord(text, i, range.Start)) continue;
            if (cues.TryMatch(text, i, range.End, WholeWords, out int end, out var cue))
            {
                found |= cue;
                i = end - 1;
            }
        }
        return found;
    }

    /// <summary>Whose people or things a figure counts: in English the country adjective nearest to the figure
    /// ("Japan will receive 250 Vietnamese students" => Việt Nam; a country's name is as often where they go); in
    /// Vietnamese, which puts it after the noun ("khách du lịch Việt Nam sang Nhật Bản"), the first country named.</summary>
    public string? PartyOf(string text, TextSpan clause, TextSpan figure)
    {
        if (Language != Language.En) return NamedAfterPeople(text, clause);
        string? best = null;
        int distance = int.MaxValue;
        for (int i = clause.Start; i < clause.End; i++)
        {
            if (!StartsWord(text, i, clause.Start) || !attributives.TryMatch(text, i, clause.End, WholeWords, out int end, out var party)) continue;
            int d = end <= figure.Start ? figure.Start - end : Math.Max(0, i - figure.End);
            if (d < distance) (best, distance) = (party, d);
            i = end - 1;
        }
        return best;
    }

    string? NamedAfterPeople(string text, TextSpan clause)
    {
        for (int i = clause.Start; i < clause.End; i++)
        {
            if (!StartsWord(text, i, clause.Start) || !peopleNouns.TryMatch(text, i, clause.End, WholeWords, out int end)) continue;
            int next = end;
            while (next < clause.End && text[next] == ' ') next++;
            if (parties.TryMatch(text, next, clause.End, WholeWords, out _, out var party)) return party;
            i = end - 1;
        }
        return null;
    }

    /// <summary>The first known country named inside <paramref name="range"/> ("Vietnamese" => "Việt Nam"), or null.</summary>
    public string? FirstParty(string text, TextSpan range)
    {
        for (int i = range.Start; i < range.End; i++)
            if (StartsWord(text, i, range.Start) && parties.TryMatch(text, i, range.End, WholeWords, out _, out var party))
                return party;
        return null;
    }

    bool StartsWord(string text, int i, int start) =>
        !WholeWords || i == start || !char.IsLetterOrDigit(text[i - 1]);
}
