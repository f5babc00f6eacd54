namespace Concord.Reading;

public sealed record ReadOptions(long MaxBytes = ReadOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;
}
