namespace Concord.Bench;

public class ExtractionBenchmarks
{
}
