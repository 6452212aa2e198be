-- wrk script of run-crawl.sh: GETs a list of paths in turn, stops after a number of requests, and
-- counts the responses that carried a Set-Cookie header (an anonymous page that sets one has
-- created an HTTP session). Prints one BENCH line with the same figures as wrk-percentiles.lua.
--
--   wrk -t2 -c16 -d1800s -s bench/crawl.lua http://127.0.0.1:18080 -- PATHS_FILE REQUESTS THREADS MARK_DIR
--
-- PATHS_FILE has one path a line (/servizi/index.xhtml?q=certificato); REQUESTS is the total over
-- all THREADS (each thread stops after its share; requests already on the wire are not counted).
-- wrk itself only knows durations: its main thread sleeps for -d even when every thread has
-- stopped, and ends early on SIGINT. So each thread that is done leaves a mark in MARK_DIR, and the
-- one that finds every thread's mark sends wrk a SIGINT (run-crawl.sh sends more if that one is
-- lost). The duration and requests/s on the BENCH line are this script's own, from the first
-- thread's start to the last thread's last response, so that a late SIGINT changes nothing.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no paths in " .. args[1])
   end
   local total = tonumber(args[2]) or 1000
   thread_count = tonumber(args[3]) or 1
   mark_dir = args[4]
   quota = math.ceil(total / thread_count)
   -- /proc/self is the whole process, whichever thread reads it: its first field is wrk's pid
   local stat = io.open("/proc/self/stat")
   wrk_pid = stat:read("*n")
   stat:close()
   started_ns = now_ns()
   finished_ns = 0
   -- each thread starts at its own place in the list, so that threads do not ask the same page together
   index = (id * 7) % #paths
   responses = 0
   with_cookie = 0
   statuses = {}
end

function request()
   index = index % #paths + 1
   return wrk.format("GET", paths[index])
end

function response(status, headers, body)
   responses = responses + 1
   for name, _ in pairs(headers) do
      if string.lower(name) == "set-cookie" then
         with_cookie = with_cookie + 1
         break
      end
   end
   statuses[status] = (statuses[status] or 0) + 1
   if responses == quota then
      finished()
   end
end

-- Nanoseconds of the wall clock; Lua has only seconds.
function now_ns()
   local date = io.popen("date +%s%N")
   local ns = date:read("*n")
   date:close()
   return ns
end

-- This thread is done: mark it, and end wrk's run when every thread is.
function finished()
   finished_ns = now_ns()
   wrk.thread:stop()
   if mark_dir == nil then
      return
   end
   local mark = io.open(mark_dir .. "/thread-" .. id, "w")
   mark:write("done\n")
   mark:close()
   for i = 0, thread_count - 1 do
      local other = io.open(mark_dir .. "/thread-" .. i)
      if other == nil then
         return
      end
      other:close()
   end
   -- io.popen, not os.execute: system() ignores SIGINT in the whole process while it waits
   local kill = io.popen("kill -INT " .. wrk_pid)
   kill:close()
end

function done(summary, latency, requests)
   local first, last = nil, 0
   for _, thread in ipairs(threads) do
      local started, ended = thread:get("started_ns"), thread:get("finished_ns")
      if first == nil or started < first then
         first = started
      end
      if ended == 0 then
         last = nil -- a thread that never got its share: wrk's own duration
      elseif last ~= nil and ended > last then
         last = ended
      end
   end
   local seconds = summary.duration / 1000000
   if first ~= nil and last ~= nil and last > first then
      seconds = (last - first) / 1e9
   end
   local errors = summary.errors
   local failed = errors.connect + errors.read + errors.write + errors.timeout
   local counted, cookies = 0, 0
   local by_status = {}
   for _, thread in ipairs(threads) do
      counted = counted + thread:get("responses")
      cookies = cookies + thread:get("with_cookie")
      for status, n in pairs(thread:get("statuses")) do
         by_status[status] = (by_status[status] or 0) + n
      end
   end
   local codes = {}
   for status, n in pairs(by_status) do
      codes[#codes + 1] = status .. ":" .. n
   end
   table.sort(codes)
   -- latency is in microseconds
   io.write(string.format(
      "BENCH requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_errors=%d non_2xx_3xx=%d set_cookie=%d statuses=%s\n",
      summary.requests,
      seconds,
      summary.requests / seconds,
      latency:percentile(50) / 1000,
      latency:percentile(95) / 1000,
      latency:percentile(99) / 1000,
      latency.max / 1000,
      failed,
      errors.status,
      cookies,
      table.concat(codes, ",")))
end
