// Each collection starts its own app and Chromium; on a small machine they go one after the other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
