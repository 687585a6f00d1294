-- GET /api/v1/posts?q=<word>&limit=20, alternating a common word (in nearly every post) and
-- a rare one (in a handful). file=<path> holds lines "common <word>" and "rare <word>".
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local words = { common = {}, rare = {} }
local turn = 0

function init(args)
   for _, line in ipairs(read_lines(parse_args(args).file)) do
      local kind, word = line:match("^(%a+)%s+(%S+)$")
      if words[kind] then table.insert(words[kind], word) end
   end
   assert(#words.common > 0 and #words.rare > 0, "search words need common and rare ones")
   seed_random()
end

function request()
   turn = turn + 1
   local list = turn % 2 == 0 and words.common or words.rare
   return wrk.format("GET", "/api/v1/posts?q=" .. list[math.random(#list)] .. "&limit=20")
end
