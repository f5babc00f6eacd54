using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;

namespace Concord.Text.Dates;

/// <summary>Everything the recognizer needs of one language: its grammar and its cue words, compiled once.</summary>
internal sealed class DateLanguage
{
    public static readonly DateLanguage English = new(
        Language.En, EnglishDateGrammar.Instance, EnDateCues.Pledge, EnDateCues.Scheduled, EnDateCues.EventNouns, EnDateCues.Past,
        EnDateCues.Japan, EnDateCues.VietNamBudget, EnDateWords.Rates, EnDateWords.NumberWords, cueWindow: 4, rateWindow: 5);

    public static readonly DateLanguage Vietnamese = new(
        Language.Vi, VietnameseDateGrammar.Instance, ViDateCues.Pledge, ViDateCues.Scheduled, ViDateCues.EventNouns, ViDateCues.Past,
        ViDateCues.Japan, ViDateCues.VietNamBudget, ViDateWords.Rates, ViDateWords.NumberWords, cueWindow: 6, rateWindow: 8);

    public static readonly DateLanguage Japanese = new(
        Language.Ja, JapaneseDateGrammar.Instance, JaDateCues.Pledge, JaDateCues.Scheduled, JaDateCues.EventNouns, JaDateCues.Past,
        [], [], JaDateWords.Rates, JaDateWords.NumberWords, cueWindow: 16, rateWindow: 10);

    DateLanguage(
        Language language, IDateGrammar grammar, string[] pledge, string[] scheduled, string[] eventNouns, string[] past,
        string[] japan, string[] vietNamBudget, string[] rates, string[] numberWords, int cueWindow, int rateWindow)
    {
        CueWindow = cueWindow;
        RateWindow = rateWindow;
        Language = language;
        Grammar = grammar;
        Pledge = Table(pledge);
        Scheduled = Table(scheduled);
        EventNouns = Table(eventNouns);
        Past = Table(past);
        Japan = Table(japan);
        VietNamBudget = Table(vietNamBudget);
        Rates = Table(rates);
        NumberWords = Table(numberWords);
    }

    public static DateLanguage For(Language language) => language switch
    {
        Language.Vi => Vietnamese,
        Language.Ja => Japanese,
        _ => English,
    };

    public Language Language { get; }

    /// <summary>How many tokens from a date a "scheduled" word may stand: Vietnamese words are several
    /// syllables, Japanese tokens single characters, and Japanese puts the verb after the date.</summary>
    public int CueWindow { get; }

    /// <summary>How many tokens before "annually", "mỗi năm" a number makes them a rate.</summary>
    public int RateWindow { get; }
    public IDateGrammar Grammar { get; }
    public PhraseTable<bool> Pledge { get; }
    public PhraseTable<bool> Scheduled { get; }
    public PhraseTable<bool> EventNouns { get; }
    public PhraseTable<bool> Past { get; }
    public PhraseTable<bool> Japan { get; }
    public PhraseTable<bool> VietNamBudget { get; }
    public PhraseTable<bool> Rates { get; }
    public PhraseTable<bool> NumberWords { get; }

    PhraseTable<bool> Table(string[] phrases) => new(phrases.Select(p => (p, true)), Language);
}
