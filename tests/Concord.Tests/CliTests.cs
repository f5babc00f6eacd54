namespace Concord.Tests;

public sealed class CliTests
{
}
