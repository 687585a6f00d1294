-- POST /api/v1/posts: a new post of about 800 words with 3 tags (of 50) per request, each title unique.
-- Options: token= (a bearer token that may publish), words= (a file of words, one per line; default: built in).
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local o, body_words
local sequence = 0

function init(args)
   o = parse_args(args)
   body_words = {}
   for word in ("the a post cache query index server client request latency throughput kafka postgres "
         .. "java quarkus deploy build test review design api schema table column row write read "
         .. "replica primary failover metric trace log error retry timeout budget team release"):gmatch("%S+") do
      table.insert(body_words, word)
   end
   seed_random()
end

local function paragraph(words)
   local parts = {}
   for i = 1, words do parts[i] = body_words[math.random(#body_words)] end
   return table.concat(parts, " ") .. "."
end

function request()
   sequence = sequence + 1
   local paragraphs = {}
   for i = 1, 8 do paragraphs[i] = paragraph(100) end
   local title = string.format("Bench write %d-%d-%d", thread_number or 0, os.time(), sequence)
   local tags = {}
   for i = 1, 3 do tags[i] = string.format('"bench-tag-%d"', (math.random(50) + i * 17) % 50) end
   local body = string.format('{"title":"%s","markdown":"## %s\\n\\n%s","status":"published","tags":[%s]}',
      title, title, table.concat(paragraphs, "\\n\\n"), table.concat(tags, ","))
   return wrk.format("POST", "/api/v1/posts", {
      ["Authorization"] = "Bearer " .. o.token, ["Content-Type"] = "application/json" }, body)
end
