using Concord.Data;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Shared;

/// <summary>Says a <see cref="Refusal"/> in the page's language: its "Refusal." + code string formatted with its
/// arguments in the current culture, or its English where no language has a string for it (English itself keeps
/// the text in the code that refuses, where programs read it too).</summary>
public static class Refusals
{
    public static string Say(this IStringLocalizer strings, Refusal refusal)
    {
        if (refusal.Code.Length == 0) return refusal.English;
        var said = strings["Refusal." + refusal.Code, [.. refusal.Args]];
        return said.ResourceNotFound ? refusal.English : said.Value;
    }
}
