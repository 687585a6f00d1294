-- Shared by every scenario (loaded with dofile): counts responses by status in each wrk
-- thread and, when the run ends, prints one machine-readable line that bench/run parses:
--   BENCH requests=… rps=… p50_ms=… p99_ms=… non2xx=… socket_errors=… statuses=200:…,404:…
-- A scenario sets accept_304 = true when 304 Not Modified is the answer it wants, accept_301 when
-- a permanent redirect is.

accept_304 = false
accept_301 = false
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads)
end

statuses = {}
non2xx = 0

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if not ((status >= 200 and status < 300) or (status == 304 and accept_304) or (status == 301 and accept_301)) then
      non2xx = non2xx + 1
   end
end

-- key=value arguments given after "--" on the wrk command line.
function parse_args(args)
   local options = {}
   for _, arg in ipairs(args) do
      local key, value = arg:match("^([%w_]+)=(.*)$")
      if key then options[key] = value end
   end
   return options
end

function read_lines(path)
   local lines = {}
   local file = assert(io.open(path, "r"), "cannot read " .. path)
   for line in file:lines() do
      if line ~= "" then table.insert(lines, line) end
   end
   file:close()
   assert(#lines > 0, path .. " is empty")
   return lines
end

function seed_random()
   math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919)
end

function done(summary, latency, requests)
   local bad, counts = 0, {}
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("non2xx")
      for status, count in pairs(thread:get("statuses")) do
         counts[status] = (counts[status] or 0) + count
      end
   end
   local codes = {}
   for status in pairs(counts) do table.insert(codes, status) end
   table.sort(codes)
   local parts = {}
   for _, status in ipairs(codes) do table.insert(parts, status .. ":" .. counts[status]) end
   local e = summary.errors
   io.write(string.format("BENCH requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d statuses=%s\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad,
      e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end
