using System.Collections.Frozen;

namespace Concord.Text.Languages.Vi;

/// <summary>
/// The shape of a written Vietnamese syllable: an initial consonant, a rhyme from a closed list and at
/// most one tone mark. Used to tell which legacy encoding made Vietnamese out of some bytes and whether
/// a word is Vietnamese at all: <c>việt</c>, <c>nguyễn</c>, <c>quyết</c> are syllables, <c>vieät</c>,
/// <c>néi</c>, <c>visited</c> are not.
/// </summary>
internal static class ViSyllables
{
    // Each row: a base letter, then the letter with acute, grave, hook above, tilde, dot below.
    static readonly string[] ToneRows =
    [
        "aáàảãạ", "ăắằẳẵặ", "âấầẩẫậ", "eéèẻẽẹ", "êếềểễệ", "iíìỉĩị",
        "oóòỏõọ", "ôốồổỗộ", "ơớờởỡợ", "uúùủũụ", "ưứừửữự", "yýỳỷỹỵ",
    ];

    const string Consonants = "bcdđghklmnpqrstvx";

    // Longest first, so that "ngh" wins over "ng" and "n".
    static readonly string[] Initials =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];

    // Rhymes without tone marks. Generous on purpose (rare and loan syllables included): a legacy
    // encoding read the wrong way produces rhymes nowhere near this list.
    static readonly string[] RhymeList =
    [
        "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "eo", "ec", "em", "en", "eng", "ep", "et",
        "ê", "êu", "êch", "êm", "ên", "ênh", "êp", "êt",
        "i", "ia", "iu", "ich", "im", "in", "inh", "ip", "it",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oa", "oai", "oao", "oay", "oac", "oach", "oam", "oan", "oang", "oanh", "oap", "oat",
        "oăc", "oăm", "oăn", "oăng", "oăp", "oăt", "oe", "oeo", "oem", "oen", "oet",
        "oi", "oc", "om", "on", "ong", "op", "ot", "ooc", "oong",
        "ô", "ôi", "ôc", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", "ơc",
        "u", "ua", "ui", "uy", "uc", "um", "un", "ung", "up", "ut",
        "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uơ", "uơi",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
        "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
        "ư", "ưa", "ưi", "ưu", "ưc", "ưm", "ưn", "ưng", "ưt",
        "ươ", "ươi", "ươu", "ươc", "ươm", "ươn", "ương", "ươp", "ươt",
        "y", "yên", "yêm", "yêt", "yêu", "ych", "ynh", "yt", "yu",
    ];

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Rhymes =
        RhymeList.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case letter -> (letter without tone, tone 0-5). Upper case is folded before the lookup.
    static readonly FrozenDictionary<char, (char Base, int Tone)> Letters = BuildLetters();

    static FrozenDictionary<char, (char, int)> BuildLetters()
    {
        var map = new Dictionary<char, (char, int)>();
        foreach (var row in ToneRows)
        {
            for (var tone = 0; tone < row.Length; tone++)
                map[row[tone]] = (row[0], tone);
        }
        foreach (var c in Consonants)
            map[c] = (c, 0);
        return map.ToFrozenDictionary();
    }

    /// <summary>True for a letter only Vietnamese writes among the languages read here: ă â đ ê ô ơ ư
    /// and any vowel carrying a tone mark, in either case.</summary>
    public static bool IsMarkedLetter(char c)
    {
        if (c < '\u00C0') return false;
        var lower = char.ToLowerInvariant(c);
        return Letters.TryGetValue(lower, out var letter) && (letter.Tone != 0 || lower is 'ă' or 'â' or 'đ' or 'ê' or 'ô' or 'ơ' or 'ư');
    }

    /// <summary>True when <paramref name="word"/> (NFC, any case) is written like one Vietnamese syllable.</summary>
    public static bool IsSyllable(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 7) return false;
        Span<char> bare = stackalloc char[7];
        var tones = 0;
        var tone = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (!Letters.TryGetValue(char.ToLowerInvariant(word[i]), out var letter)) return false;
            if (letter.Tone != 0)
            {
                tones++;
                tone = letter.Tone;
            }
            bare[i] = letter.Base;
        }
        bare = bare[..word.Length];
        return tones <= 1 && (!IsChecked(bare) || tone is Acute or DotBelow) && HasInitialAndRhyme(bare);
    }

    const int Acute = 1, DotBelow = 5;

    // A syllable ending in c, ch, p or t always carries the acute or the dot-below tone: "cấp", "học".
    static bool IsChecked(ReadOnlySpan<char> bare) => bare[^1] is 'c' or 'p' or 't' || bare.EndsWith("ch", StringComparison.Ordinal);

    static bool HasInitialAndRhyme(ReadOnlySpan<char> bare)
    {
        if (Rhymes.Contains(bare)) return true;
        foreach (var initial in Initials)
        {
            if (!bare.StartsWith(initial, StringComparison.Ordinal)) continue;
            var rest = bare[initial.Length..];
            if (Rhymes.Contains(rest)) return true;
            // "gì", "gìn", "giếng": the i of "gi" is also the first letter of the rhyme.
            if (initial == "gi" && (rest.IsEmpty || IsRhymeAfterI(rest))) return true;
        }
        return false;
    }

    static bool IsRhymeAfterI(ReadOnlySpan<char> rest)
    {
        Span<char> withI = stackalloc char[rest.Length + 1];
        withI[0] = 'i';
        rest.CopyTo(withI[1..]);
        return Rhymes.Contains(withI);
    }
}
