-- One fixed request (the URL given to wrk). Options: etag=<ETag> sends If-None-Match and
-- counts 304 as success (the conditional scenario); redirect=yes counts 301 as success.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

function init(args)
   local options = parse_args(args)
   if options.etag then
      wrk.headers["If-None-Match"] = options.etag
      accept_304 = true
   end
   accept_301 = options.redirect == "yes"
end
