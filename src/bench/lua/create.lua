-- POST /productOrder with a realistic order: 3 items with offerings and product characteristics, 2 related
-- parties, a note. The customer id rotates over BENCH_CUSTOMERS values so the filtered list has a selective filter.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local f = assert(io.open(os.getenv("BENCH_ORDER_TEMPLATE"), "r"))
local template = f:read("*a")
f:close()
local customers = tonumber(os.getenv("BENCH_CUSTOMERS") or "100")
local path = os.getenv("BENCH_PATH")
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
headers["Authorization"] = bearer
local counter = 0

function init(args)
   counter = math.random(customers)
end

function request()
   counter = counter + 1
   local body = template:gsub("CUST%-XXXX", string.format("CUST-%04d", counter % customers))
   return wrk.format("POST", path, headers, body)
end
