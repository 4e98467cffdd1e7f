-- wrk script: POSTs the JSON requests of the file named by BENCH_BODIES (one per line) in turn, so that every
-- request is different, as a chatbot's are; prints one machine-readable line like load.lua.
local bodies = {}
local path = assert(os.getenv("BENCH_BODIES"), "BENCH_BODIES not set")
for line in io.lines(path) do
  bodies[#bodies + 1] = line
end
local next_body = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f errors=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout, summary.requests))
end
