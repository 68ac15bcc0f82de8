-- Optional cross-check of Bench.java's GET figures with wrk (Debian package wrk), against a registry
-- loaded by bench/run.sh --keep (or by Bench.java run), with the same N:
--
--   BENCH_N=10000 ACCEPT=text/turtle wrk -t1 -c4 -d20s -s bench/wrk-get.lua http://127.0.0.1:PORT
--
-- Random ids over the N generated datasets. The topic slugs must stay those of Bench.java's
-- Generator.TOPICS, in the same order: dataset i is "<slug of topic i mod 12>-<i as 6 digits>".
local slugs = {
  "presupuesto-egresos", "ingresos-municipales", "casos-enfermedades", "unidades-medicas",
  "escuelas-publicas", "matricula-escolar", "accidentes-viales", "rutas-transporte",
  "calidad-agua", "niveles-presas", "solicitudes-informacion", "servidores-publicos",
}
local n = tonumber(os.getenv("BENCH_N") or "10000")

wrk.headers["Accept"] = os.getenv("ACCEPT") or "text/turtle"

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local i = math.random(0, n - 1)
  return wrk.format("GET", string.format("/dataset/%s-%06d", slugs[(i % #slugs) + 1], i))
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("req/s %.0f  p50 %.2f ms  p99 %.2f ms  non-2xx %d  socket errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors))
end
