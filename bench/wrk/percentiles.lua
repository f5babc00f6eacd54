-- Prints the 50th, 95th and 99th percentiles of latency in milliseconds on one line at the end of a run
-- (wrk --latency shows 50/75/90/99 only):   wrk -s bench/wrk/percentiles.lua URL
done = function(summary, latency, requests)
  io.write(string.format("percentiles %.2f %.2f %.2f %.1f %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1000000), summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
