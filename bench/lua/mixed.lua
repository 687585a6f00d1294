-- 95% reads spread over the read scenarios, 5% writes (POST /api/v1/posts with a token).
-- Read-your-writes: once a create is acknowledged (201), the thread's next request reads the new
-- post by its slug; a stale answer (404) counts as a non-2xx like any other.
-- Options: slugs= hot= words= (files), tag= cursor= page= etag_slug= etag= token=.
-- 304 counts as success: the conditional reads expect it.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local o, slugs, hot, common_words, rare_words
local writes = 0
local created = {} -- slugs of acknowledged creates, not yet read back
-- cumulative percentages; the rest (95..100) are writes
local mix = {
   { 30, "random" }, { 50, "hot" }, { 65, "home" }, { 75, "tag" }, { 80, "conditional" },
   { 85, "search" }, { 90, "tags" }, { 92.5, "cursor" }, { 95, "offset" },
}

function init(args)
   o = parse_args(args)
   slugs, hot = read_lines(o.slugs), read_lines(o.hot)
   common_words, rare_words = {}, {}
   for _, line in ipairs(read_lines(o.words)) do
      local kind, word = line:match("^(%a+)%s+(%S+)$")
      table.insert(kind == "common" and common_words or rare_words, word)
   end
   accept_304 = true
   seed_random()
end

local function pick(list) return list[math.random(#list)] end

local function read(kind)
   if kind == "random" then return wrk.format("GET", "/api/v1/posts/slug/" .. pick(slugs)) end
   if kind == "hot" then return wrk.format("GET", "/api/v1/posts/slug/" .. pick(hot)) end
   if kind == "home" then return wrk.format("GET", "/api/v1/posts?limit=20") end
   if kind == "tag" then return wrk.format("GET", "/api/v1/posts?tag=" .. o.tag .. "&limit=20") end
   if kind == "conditional" then
      return wrk.format("GET", "/api/v1/posts/slug/" .. o.etag_slug, { ["If-None-Match"] = o.etag })
   end
   if kind == "search" then
      local word = math.random(2) == 1 and pick(common_words) or pick(rare_words)
      return wrk.format("GET", "/api/v1/posts?q=" .. word .. "&limit=20")
   end
   if kind == "tags" then return wrk.format("GET", "/api/v1/tags?limit=100") end
   if kind == "cursor" then return wrk.format("GET", "/api/v1/posts?limit=20&cursor=" .. o.cursor) end
   return wrk.format("GET", "/api/v1/posts?limit=20&page=" .. o.page)
end

local count_status = response
function response(status, headers, body)
   count_status(status, headers, body)
   if status == 201 then
      local slug = body and body:match('"slug":"([^"]+)"')
      if slug then table.insert(created, slug) end
   end
end

function request()
   if #created > 0 then
      return wrk.format("GET", "/api/v1/posts/slug/" .. table.remove(created, 1))
   end
   local roll = math.random() * 100
   for _, entry in ipairs(mix) do
      if roll < entry[1] then return read(entry[2]) end
   end
   writes = writes + 1
   -- "Bench <run>-<thread>-<n>": unique titles, so slugs bench-<run>-<thread>-<n> never collide.
   local body = string.format(
      '{"title":"Bench %s-%d-%d","markdown":"Some *bench* text.","status":"published","tags":["bench"]}',
      o.run or "0", thread_number or 0, writes)
   return wrk.format("POST", "/api/v1/posts",
      { ["Authorization"] = "Bearer " .. o.token, ["Content-Type"] = "application/json" }, body)
end
