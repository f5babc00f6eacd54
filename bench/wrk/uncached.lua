-- Every request a different page of the list, so that the answer cache (keyed on the URL) cannot serve it:
-- what a list costs when it must be read from the register.   wrk -s bench/wrk/uncached.lua URL_WITH_QUERY
math.randomseed(os.time())
request = function()
  return wrk.format("GET", wrk.path .. "&offset=" .. math.random(0, 49000))
end
