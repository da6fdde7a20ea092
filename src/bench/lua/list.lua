-- GET of the URL given to wrk (a list query), counting errors like the other scenarios.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
wrk.headers["Accept"] = "application/json"
