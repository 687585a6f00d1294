-- GET a random path from file=<path> (one per line) per request, such as /api/v1/posts/<id>/related.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local paths

function init(args)
   paths = read_lines(parse_args(args).file)
   seed_random()
end

function request()
   return wrk.format("GET", paths[math.random(#paths)])
end
