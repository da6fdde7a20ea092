-- POST /productOrder with 3 bespoke items (products described by value) that each name an item of one
-- ProductOfferingQualification; the POQ id is new for every request, so the server's cache never answers for the
-- TMF679 server (src/bench/feasibility.sh).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local path = os.getenv("BENCH_PATH")
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
local counter = 0
local prefix = ""

function init(args)
   prefix = string.format("%08x", math.random(0, 0x7fffffff))
end

local item = [[{"id":"%d","action":"add","quantity":1,"product":{"name":"Custom item %d",
 "productCharacteristic":[{"name":"rackUnits","valueType":"integer","value":%d}]},
 "productOfferingQualificationItem":{"id":"%d","productOfferingQualificationId":"%s"}}]]

function request()
   counter = counter + 1
   local poq = string.format("POQ-%s-%d", prefix, counter)
   local items = {}
   for i = 1, 3 do
      items[i] = string.format(item, i, i, 10 * i, i, poq)
   end
   local body = '{"externalId":"BENCH-POQ","relatedParty":[{"id":"CUST-1","role":"customer",'
      .. '"@referredType":"Individual"}],"productOrderItem":[' .. table.concat(items, ",") .. ']}'
   return wrk.format("POST", path, headers, body)
end
