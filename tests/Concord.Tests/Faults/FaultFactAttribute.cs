using Concord.Data.Tests;

namespace Concord.Tests.Faults;

/// <summary>A fault test that needs what not every machine gives: a PostgreSQL server (CONCORD_TEST_POSTGRES set), or
/// root on Linux to mount a small disk. Where one is missing the test is reported skipped, with the reason, rather
/// than passing without having run.</summary>
public sealed class FaultFactAttribute : FactAttribute
{
    public bool Postgres { get; init; }

    public bool Root { get; init; }

    public override string? Skip
    {
        get => base.Skip ?? Missing();
        set => base.Skip = value;
    }

    string? Missing()
    {
        if (Postgres && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestRegister.PostgresVariable)))
            return $"needs a PostgreSQL server: {TestRegister.PostgresVariable} is not set (.ci/run sets it)";
        if (Root && !(OperatingSystem.IsLinux() && Environment.UserName == "root"))
            return "needs root on Linux, to mount a small disk";
        return null;
    }
}
