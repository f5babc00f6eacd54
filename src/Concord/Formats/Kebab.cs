using System.Text;

namespace Concord.Formats;

/// <summary>Enum names as the contracts spell them: AnnexEntry => "annex-entry", FiscalYear => "fiscal-year".</summary>
public static class Kebab
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
