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

-- done(): the result line, shared with the other scripts (found beside this one).
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "") .. "result.lua")
