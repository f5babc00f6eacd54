BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Concord.Bench.ExtractionBenchmarks).Assembly).Run(args);
