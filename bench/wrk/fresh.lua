-- Every request a different URL for the same answer, so that the answer cache (keyed on the URL) never serves it:
-- adds `nocache=N`, a parameter the API ignores, to the URL given; what the first page of a list or search costs
-- when it must be read from the register, as after every change. Prints the percentiles as percentiles.lua does.
--   wrk -s bench/wrk/fresh.lua 'http://127.0.0.1:5097/api/commitments?status=in-progress&limit=50'
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "percentiles.lua")

local counter = 0
local id = 0

setup = function(thread)
  id = id + 1
  thread:set("id", id)
end

request = function()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "nocache=" .. id .. "-" .. counter)
end
