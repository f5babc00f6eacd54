namespace Concord.Commands;

/// <summary>What <see cref="DemoRegister"/> prepared: the statement's key, whether the register was made now, and the
/// users with their new passwords; or why it refused the register.</summary>
internal sealed record DemoSetup(string StatementKey, bool Created, IReadOnlyList<DemoAccount> Accounts, string? Refusal)
{
    public static DemoSetup Refused(string why) => new("", false, [], why);
}

