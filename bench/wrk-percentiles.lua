-- wrk's --latency table stops at 50/75/90/99 and we publish p95 as well. Everything on the
-- BENCH line comes from the same histogram and counters, so the figures agree with each other.
-- Only done() is defined: without request()/response() wrk keeps its fast path and the script
-- costs nothing while the load runs.

done = function(summary, latency, requests)
   local seconds = summary.duration / 1000000
   local errors = summary.errors
   local failed = errors.connect + errors.read + errors.write + errors.timeout
   -- latency is in microseconds
   io.write(string.format(
      "BENCH requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_errors=%d non_2xx_3xx=%d\n",
      summary.requests,
      seconds,
      summary.requests / seconds,
      latency:percentile(50) / 1000,
      latency:percentile(95) / 1000,
      latency:percentile(99) / 1000,
      latency.max / 1000,
      failed,
      errors.status))
end
