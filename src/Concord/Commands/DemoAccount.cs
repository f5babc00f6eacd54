namespace Concord.Commands;

/// <summary>A demo user and the password it has until the demo starts again.</summary>
internal sealed record DemoAccount(string UserName, string Role, string Password);
