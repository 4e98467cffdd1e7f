-- wrk script: POSTs the JSON request in the file named by BENCH_BODY, and prints one machine-readable line.
-- The request is fixed, so wrk builds it once and does not call Lua per request.
local file = assert(io.open(assert(os.getenv("BENCH_BODY"), "BENCH_BODY not set"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()

-- done(): the result line, shared with the other scripts (found beside this one).
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "") .. "result.lua")
