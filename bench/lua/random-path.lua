-- GET <prefix><line>, a random line of file=<path> per request: random posts by slug on any API.
-- Prints the same WRK_RESULT line as the WordPress peer's report.lua.
local lines, prefix

function init(args)
   local options = {}
   for _, arg in ipairs(args) do
      local key, value = arg:match("^([%w_]+)=(.*)$")
      if key then options[key] = value end
   end
   prefix = options.prefix
   lines = {}
   for line in io.lines(options.file) do
      if line ~= "" then table.insert(lines, line) end
   end
   math.randomseed(os.time())
end

function request()
   return wrk.format("GET", prefix .. lines[math.random(#lines)])
end

done = function(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format("WRK_RESULT %.1f %.2f %.2f %d %d %d\n", summary.requests / seconds,
      latency:percentile(50) / 1000.0, latency:percentile(99) / 1000.0, e.status,
      e.connect + e.read + e.write + e.timeout, summary.requests))
end
