-- wrk script: fails on any non-200, prints p50/p95/p99 (ms) as one tab-separated line.
local bad = 0
response = function(status, headers, body)
  if status ~= 200 or headers["X-Total-Count"] == nil then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT\t%d\t%.1f\t%.1f\t%.1f\t%d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    bad + summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
