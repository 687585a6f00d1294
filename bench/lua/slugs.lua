-- GET /api/v1/posts/slug/<slug>, a random slug from file=<path> (one per line) per request.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local slugs

function init(args)
   slugs = read_lines(parse_args(args).file)
   seed_random()
end

function request()
   return wrk.format("GET", "/api/v1/posts/slug/" .. slugs[math.random(#slugs)])
end
