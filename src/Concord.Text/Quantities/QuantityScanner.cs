using System.Buffers;

namespace Concord.Text.Quantities;

/// <summary>
/// One left-to-right pass over a paragraph. At each numeral (or number word) it reads the number and
/// its multipliers, asks the rules of <c>QuantityScanner.Rules.cs</c> whether it is a label, a date or
/// part of a name, and if not reads the whole mention around it (<c>QuantityScanner.Mention.cs</c>).
/// Every look-around is bounded by small tables, so the pass stays linear.
/// </summary>
internal sealed partial class QuantityScanner
{
    readonly string text;
    readonly int start;
    readonly int end;
    readonly QuantityLanguage lang;
    readonly List<Quantity> found = [];

    // The end of the last number found not to be a quantity, and why: the numbers listed after it
    // ("points 3, 4, 5, 6", "April 27-29") share its fate.
    int chainEnd = -1;
    NotQuantity chainKind;
    int lastEnd;

    QuantityScanner(string text, int start, int end, QuantityLanguage lang)
    {
        this.text = text;
        this.start = start;
        this.end = end;
        this.lang = lang;
        lastEnd = start;
    }

    public static List<Quantity> Scan(string text, int start, int end, QuantityLanguage lang)
    {
        var scanner = new QuantityScanner(text, start, end, lang);
        scanner.Run();
        return scanner.found;
    }

    static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");

    void Run()
    {
        var numberWords = lang.NumberWords;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (ScanChars.IsDigit(c))
            {
                i = Math.Max(AtDigits(i), i + 1);
            }
            else if (numberWords.Count == 0)
            {
                // No number words to look for: jump straight to the next digit.
                int k = text.AsSpan(i, end - i).IndexOfAny(Digits);
                i = k < 0 ? end : i + k;
            }
            else if (ScanChars.IsLatinWordChar(c) || ScanChars.IsMark(c))
            {
                // At the start of a word: look it up only if a number word begins with its letter.
                i = numberWords.MayStartWith(c) ? Math.Max(AtWord(i), i + 1) : SkipWord(i);
            }
            else
            {
                i++;
            }
        }
    }

    int SkipWord(int i)
    {
        while (i < end && text[i] is var c
            && (c < 128 ? (uint)((c | 0x20) - 'a') <= 25 || (uint)(c - '0') <= 9 : ScanChars.IsLatinWordChar(c) || ScanChars.IsMark(c)))
            i++;
        return i;
    }

    int AtDigits(int s)
    {
        int runEnd = Numerals.RunEnd(text, s, end);
        if (!Numerals.TryParse(text.AsSpan(s, runEnd - s), lang.Culture, out decimal value, out bool grouped))
            return Reject(runEnd, NotQuantity.Label);
        var core = new Core(s, runEnd, value, Plain: !grouped, Digits: runEnd - s, Factor: 1, Words: false, Weak: false);
        if (core.Plain && core.Digits <= 4 && ContinuesChain(s))
            return Reject(runEnd, chainKind);
        var why = WhyNot(core);
        if (why != NotQuantity.None)
            return Reject(runEnd, why);
        return Emit(WithMultipliers(core));
    }

    int AtWord(int s)
    {
        int wordEnd = ScanChars.WordEnd(text, s, end);
        if (!TryNumberWord(text.AsSpan(s, wordEnd - s), out decimal first))
            return wordEnd;

        decimal total = 0, current = first;
        bool multiplied = false, afterScale = false;
        int pos = wordEnd;
        while (true)
        {
            int j = ScanChars.SkipSpace(text, pos, end);
            if (j == pos)
                break;
            if (lang.Multipliers.MatchAfter(text, j, end, out decimal m, out int me))
            {
                if (m < 1000) current *= m;
                else if (current == 0) total *= m;
                else { total += current * m; current = 0; }
                multiplied = afterScale = true;
                pos = me;
                continue;
            }
            // "one hundred and twenty"
            if (afterScale && lang.NumberWordJoiners.MatchAfter(text, j, end, out _, out int joined))
            {
                int k = ScanChars.SkipSpace(text, joined, end);
                int kw = ScanChars.WordEnd(text, k, end);
                if (k > joined && TryNumberWord(text.AsSpan(k, kw - k), out decimal tail) && tail < 100)
                {
                    current += tail;
                    afterScale = false;
                    pos = kw;
                    continue;
                }
            }
            int w = ScanChars.WordEnd(text, j, end);
            if (afterScale && TryNumberWord(text.AsSpan(j, w - j), out decimal more))
            {
                current += more;
                afterScale = false;
                pos = w;
                continue;
            }
            break;
        }

        bool weak = !multiplied && lang.WeakNumberWords.Contains(text.AsSpan(s, wordEnd - s));
        if (!multiplied && !lang.NumberWordsStandAlone)
            return pos;
        if (ScanChars.IsUpper(text[s]) && !IsSentenceStart(s))
            return pos;
        if (lang.Determiners.MatchBefore(text, start, ScanChars.SkipSpaceBack(text, start, s), out _, out _))
            return pos;
        return Emit(new Core(s, pos, total + current, Plain: false, Digits: 0, Factor: 1, Words: true, Weak: weak));
    }

    bool TryNumberWord(ReadOnlySpan<char> word, out decimal value)
    {
        if (word.Length is < 2 or > 16)
        {
            value = 0;
            return false;
        }
        if (lang.NumberWords.TryGet(word, out value))
            return true;
        // "twenty-five"
        int dash = word.IndexOf('-');
        if (dash > 0 && lang.NumberWords.TryGet(word[..dash], out decimal tens) && tens is >= 20 and < 100 && tens % 10 == 0
            && lang.NumberWords.TryGet(word[(dash + 1)..], out decimal units) && units is >= 1 and <= 9)
        {
            value = tens + units;
            return true;
        }
        return false;
    }

    /// <summary>Applies "million", "tỷ", "万" after the number, in sequence ("nghìn tỷ", "千万"), then adds
    /// the lower parts of a compound amount ("1 tỷ 200 triệu", "1兆2000億").</summary>
    Core WithMultipliers(Core core)
    {
        int pos = ReadFactor(core.End, out decimal factor);
        if (factor == 1 || !TryMultiply(core.Value, factor, out decimal value))
            return core;
        while (true)
        {
            int j = ScanChars.SkipSpace(text, pos, end);
            if (j >= end || !ScanChars.IsDigit(text[j]))
                break;
            int runEnd = Numerals.RunEnd(text, j, end);
            if (!Numerals.TryParse(text.AsSpan(j, runEnd - j), lang.Culture, out decimal part, out _))
                break;
            int after = ReadFactor(runEnd, out decimal partFactor);
            if (partFactor == 1 || partFactor >= factor || !TryMultiply(part, partFactor, out decimal add))
                break;
            value += add;
            factor = partFactor;
            pos = after;
        }
        return core with { End = pos, Value = value, Factor = factor, Plain = false };
    }

    int ReadFactor(int pos, out decimal factor)
    {
        factor = 1;
        while (true)
        {
            int j = ScanChars.SkipSpace(text, pos, end);
            if (!lang.Multipliers.MatchAfter(text, j, end, out decimal m, out int me) || !TryMultiply(factor, m, out factor))
                return pos;
            pos = me;
        }
    }

    static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        if (b != 0 && Math.Abs(a) > decimal.MaxValue / Math.Abs(b))
        {
            product = a;
            return false;
        }
        product = a * b;
        return true;
    }

    int Reject(int pos, NotQuantity why)
    {
        chainEnd = pos;
        chainKind = why;
        return pos;
    }

    /// <param name="Plain">Digits only: no separator, no multiplier.</param>
    /// <param name="Factor">The product of the multipliers read after the number.</param>
    /// <param name="Weak">A number word that needs a multiplier or a comparator ("one").</param>
    readonly record struct Core(int Start, int End, decimal Value, bool Plain, int Digits, decimal Factor, bool Words, bool Weak);
}
