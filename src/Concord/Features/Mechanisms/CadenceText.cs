using Concord.Features.Shared;
using Concord.Resources;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Mechanisms;

/// <summary>A cadence in words: "every 12 months", "every month", or that the texts set none.</summary>
public static class CadenceText
{
    public static string Of(IStringLocalizer<Strings> l, int? months) => months switch
    {
        null or <= 0 => l["Mechanism.NoCadence"].Value,
        1 => l["Mechanism.EveryMonth"].Value,
        { } n => l["Mechanism.EveryMonths", Format.Number(n)].Value,
    };
}
