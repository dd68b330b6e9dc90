-- wrk script for load.sh: every request carries the next of the signed-in sessions (one JSESSIONID a line in
-- $SESSIONS), so that many sessions are served at once; counts every answer that is not a 200.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  sessions = {}
  for line in io.lines(os.getenv("SESSIONS")) do sessions[#sessions + 1] = line end
  next_session = math.random(#sessions)
  not_ok = 0
end

function request()
  next_session = next_session % #sessions + 1
  return wrk.format("GET", os.getenv("TARGET"), {["Cookie"] = "JSESSIONID=" .. sessions[next_session]})
end

function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("not_ok") end
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    total + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.requests))
end
