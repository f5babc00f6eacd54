namespace Concord.Resources;

/// <summary>The strings of the pages: <c>Strings.resx</c> (English) and <c>Strings.vi.resx</c> (Vietnamese), read
/// through <c>IStringLocalizer&lt;Strings&gt;</c>.</summary>
public sealed class Strings;
