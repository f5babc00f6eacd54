namespace Concord.Commands;

/// <summary>What a register is to <c>concord demo</c>: empty (it fills it), the demo's (it reuses it), or another
/// (it refuses it).</summary>
internal enum DemoKind
{
    Empty,
    Demo,
    Other,
}
