-- Shared by every scenario: counts non-2xx answers per thread and prints one machine-readable RESULT line.
-- Errors = non-2xx answers + socket errors (connect, read, write, timeout).
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

non2xx = 0

-- BENCH_SECURITY=1: every request carries the bearer token
bearer = os.getenv("BENCH_TOKEN") and ("Bearer " .. os.getenv("BENCH_TOKEN")) or nil
if bearer then
   wrk.headers["Authorization"] = bearer
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, t in ipairs(threads) do
      bad = bad + (t:get("non2xx") or 0)
   end
   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d socket=%d requests=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      bad + socket, bad, socket, summary.requests))
end
