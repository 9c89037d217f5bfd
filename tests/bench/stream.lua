-- wrk script for the benchmark: each request asks the next path of a list.
--
--   wrk -s stream.lua http://host:port -- PATHS_FILE THREADS MODE
--
-- MODE "once": thread i of n (each has its own Lua state) takes lines i, i + n, i + 2n... of the
-- file, so no two threads ask the same line, and asks each at most once. A thread that runs out
-- stops and says so ("exhausted"); a connection still open then asks /healthz, never a line
-- again. MODE "repeat": every thread goes round all the lines (a fixed URL measured over and
-- over; a thread left without a line would hold its connections open and idle, each keeping a
-- gunicorn worker waiting). Any answer but 200 counts as "unexpected": a redirect means the
-- path is not the one the site serves. done() prints one line, "RESULT {json}", for
-- tests/bench/load.py to read.

wrk.headers["Accept-Encoding"] = "gzip, deflate, br" -- as a browser asks: the site compresses

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

paths = {}
position = 0
unexpected = 0
exhausted = 0

function init(args)
  local file, count = args[1], tonumber(args[2])
  mode = args[3] or "once"
  local line_number = 0
  for line in io.lines(file) do
    if line ~= "" then
      if mode == "repeat" or line_number % count == index then
        table.insert(paths, line)
      end
      line_number = line_number + 1
    end
  end
end

function request()
  if position >= #paths then
    if mode == "repeat" and #paths > 0 then
      position = 0
    else
      exhausted = exhausted + 1
      wrk.thread:stop()
      return wrk.format("GET", "/healthz")
    end
  end
  position = position + 1
  return wrk.format("GET", paths[position])
end

function response(status, headers, body)
  if status ~= 200 then
    unexpected = unexpected + 1
  end
end

local function total(name)
  local sum = 0
  for _, thread in ipairs(threads) do
    sum = sum + (thread:get(name) or 0)
  end
  return sum
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "connect_errors": %d, ' ..
    '"read_errors": %d, "write_errors": %d, "timeouts": %d, "unexpected": %d, ' ..
    '"exhausted": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, errors.connect, errors.read,
    errors.write, errors.timeout, total("unexpected"), total("exhausted"),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
