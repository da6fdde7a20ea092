-- GET <BENCH_PATH_PREFIX><id> rotating over the ids in BENCH_IDS_FILE (one a line), each thread from its own start.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local ids = {}
for line in io.lines(os.getenv("BENCH_IDS_FILE")) do
   if #line > 0 then
      table.insert(ids, line)
   end
end
local prefix = os.getenv("BENCH_PATH_PREFIX")
local headers = { ["Accept"] = "application/json" }
headers["Authorization"] = bearer
local index = 0

function init(args)
   index = math.random(#ids)
end

function request()
   index = index % #ids + 1
   return wrk.format("GET", prefix .. ids[index], headers)
end
