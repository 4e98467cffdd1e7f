// Turns one benchmark run (results.tsv, startup.tsv, meta.env in the run folder) into a Markdown section
// (report.md) and the data of its chart (chart.tsv, chart-p99.tsv). Every figure is a median over rounds.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const run = process.argv[2];
const tsv = (file) => {
  const [header, ...rows] = readFileSync(join(run, file), "utf8").trim().split("\n").map((l) => l.split("\t"));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};
const meta = Object.fromEntries(
  readFileSync(join(run, "meta.env"), "utf8").trim().split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
const results = tsv("results.tsv");
const startup = tsv("startup.tsv");

const median = (values) => {
  const v = values.map(Number).sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const fixed = (x, digits) => (x === undefined ? "–" : x.toFixed(digits));
const ms = (x) => fixed(x, x < 10 ? 2 : 1);
const met = (ok) => (ok ? "met" : "**missed**");

const sizes = [...new Set(results.map((r) => r.size))];
const operations = [...new Set(results.map((r) => r.op))];
// Medians per knowledge size, operation and server; the paced runs are the server "app@<rate>".
const figures = (size, op, target) => {
  const rows = results.filter((r) => r.size === size && r.op === op && r.target === target);
  if (!rows.length) return undefined;
  const f = {};
  for (const key of ["rps", "p50", "p95", "p99", "errors", "cpu_ms_per_request"]) f[key] = median(rows.map((r) => r[key]));
  f.rounds = rows.length;
  return f;
};
// The app twice: as configured (answers already given are sent again) and with its answer cache off.
const apps = [["app", "app"], ["app-uncached", "app, answer cache off"]];
const pacedTarget = (size, op, server) => results.find((r) => r.size === size && r.op === op && r.target.startsWith(`${server}@`))?.target;
const label = (size) => (size === "1" ? "as shipped" : `×${size}`);

const out = [];
out.push(`\n## ${meta.date}, commit ${meta.commit} (${meta.mode} mode)\n`);
out.push(`- Machine: ${meta.cpu}, ${meta.memory}; load average ${meta.load_before} before the run, ${meta.load_after} after.`);
out.push(`- Load: ${meta.settings}; medians over the rounds.`);
out.push(`- App: ${meta.jvm}. Baselines: PostGraphile ${meta.postgraphile}; nginx ${meta.nginx}.`);
for (const [key, value] of Object.entries(meta)) if (key.startsWith("skipped_")) out.push(`- Not measured: ${value}.`);

out.push("\n| knowledge | operation | server | req/s | p50 ms | p99 ms | CPU ms/req | ÷ PostGraphile | ÷ nginx |");
out.push("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const size of sizes) {
  for (const op of operations) {
    const pg = figures(size, op, "postgraphile");
    const nginx = figures(size, op, "nginx");
    const rows = [...apps.map(([target, name]) => [name, figures(size, op, target), true]),
      ["PostGraphile", pg, false], ["nginx (static file)", nginx, false]];
    for (const [name, f, isApp] of rows) {
      if (!f) continue;
      const vsPg = isApp && pg ? `${fixed(f.rps / pg.rps, 2)}×` : "";
      const vsNginx = isApp && nginx ? `${fixed((100 * f.rps) / nginx.rps, 0)}%` : "";
      const errors = f.errors ? ` (${f.errors} errors)` : "";
      out.push(`| ${label(size)} | ${op} | ${name} | ${fixed(f.rps, 0)}${errors} | ${ms(f.p50)} | ${ms(f.p99)} | ${fixed(f.cpu_ms_per_request, 2)} | ${vsPg} | ${vsNginx} |`);
    }
  }
}

out.push("\nAt a fixed rate of half the maximum just measured (hey, same connections):\n");
out.push("| knowledge | operation | server | rate req/s | achieved req/s | p50 ms | p95 ms | p99 ms | CPU ms/req |");
out.push("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const size of sizes) {
  for (const op of operations) {
    for (const [server, name] of apps) {
      const target = pacedTarget(size, op, server);
      if (!target) continue;
      const f = figures(size, op, target);
      out.push(`| ${label(size)} | ${op} | ${name} | ${target.split("@")[1]} | ${fixed(f.rps, 0)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${fixed(f.cpu_ms_per_request, 2)} |`);
    }
  }
}

out.push("\nStart-up (process start to the first answer of the city slice; PostgreSQL already running, its own start");
out.push(`took ${meta.postgres_start_ms} ms) and resident memory of the app:\n`);
out.push("| knowledge | first answer ms (median) | each start ms | CPU time to first answer ms (median) | RSS idle MB | RSS after the load MB |");
out.push("| --- | ---: | --- | ---: | ---: | ---: |");
for (const s of startup) {
  const starts = s.starts_ms.split(" ");
  out.push(`| ${label(s.size)} | ${median(starts)} | ${starts.join(", ")} | ${median(s.starts_cpu_ms.split(" "))} | ${s.rss_idle_mb} | ${s.rss_loaded_mb} |`);
}
// The same start with an AOT cache, when the machine has a JDK that makes one (run.sh, deploy/jvm/aot-cache.sh).
const aot = meta.aot_starts_ms && { starts: meta.aot_starts_ms.split(" "), jvm: meta.aot_jvm.split(", ")[0] };
if (aot) {
  out.push(`| as shipped, AOT cache on ${aot.jvm} | ${median(aot.starts)} | ${aot.starts.join(", ")} | ${median(meta.aot_starts_cpu_ms.split(" "))} | ${meta.aot_rss_idle_mb} | |`);
}

// The targets, each with the figure it is judged on, for the app as configured and without its cache.
const targets = [];
const first = sizes[0];
const largest = sizes[sizes.length - 1];
const nginx = figures(first, "city-slice", "nginx");
for (const [server, name] of apps) {
  // Throughput against PostGraphile, and CPU per request, for the operations PostGraphile has too.
  for (const op of ["city-slice", "regions-page"]) {
    const app = figures(first, op, server);
    const pg = figures(first, op, "postgraphile");
    if (!app || !pg) continue;
    targets.push(`${name}: ${op} throughput ≥ 5× PostGraphile: ${fixed(app.rps / pg.rps, 2)}× — ${met(app.rps >= 5 * pg.rps)}; CPU per request ≤ 0.15 ms: ${fixed(app.cpu_ms_per_request, 3)} ms — ${met(app.cpu_ms_per_request <= 0.15)} (PostGraphile's with PostgreSQL's: ${fixed(pg.cpu_ms_per_request, 2)} ms)`);
  }
  const slice = figures(first, "city-slice", server);
  if (server === "app" && slice && nginx) targets.push(`${name}: city-slice throughput ≥ 50% of nginx: ${fixed((100 * slice.rps) / nginx.rps, 0)}% — ${met(slice.rps >= 0.5 * nginx.rps)}`);
  for (const size of sizes) {
    const paced = operations.filter((op) => pacedTarget(size, op, server));
    const worst = Math.max(...paced.map((op) => figures(size, op, pacedTarget(size, op, server)).p99));
    targets.push(`${name}: p99 ≤ 5 ms at half the maximum rate (${label(size)}, worst operation): ${ms(worst)} ms — ${met(worst <= 5)}`);
  }
  for (const op of ["search", "ask"]) {
    const target = pacedTarget(largest, op, server);
    if (!target) continue;
    const p95 = figures(largest, op, target).p95;
    const note = largest === "100" ? "" : ` (measured at ${label(largest)}; the target is for ×100)`;
    targets.push(`${name}: ${op} p95 ≤ 10 ms at ×100 knowledge, half the maximum rate: ${ms(p95)} ms${note} — ${met(p95 <= 10)}`);
  }
}
const firstAnswer = median(startup[0].starts_ms.split(" "));
targets.push(`JVM start to first answer ≤ 1.5 s (${meta.jvm.split(", ")[0]}): ${firstAnswer} ms — ${met(firstAnswer <= 1500)}`);
const rssIdle = Number(startup[0].rss_idle_mb);
targets.push(`RSS idle (${meta.jvm.split(", ").pop()}) ≤ 276 MB: ${rssIdle} MB — ${met(rssIdle <= 276)}`);
if (aot) {
  const aotFirst = median(aot.starts);
  const aotRss = Number(meta.aot_rss_idle_mb);
  targets.push(`JVM start to first answer ≤ 1.5 s with an AOT cache (${aot.jvm}): ${aotFirst} ms — ${met(aotFirst <= 1500)}`);
  targets.push(`RSS idle with the AOT cache ≤ 276 MB: ${aotRss} MB — ${met(aotRss <= 276)}`);
}
out.push("\nTargets:\n");
for (const t of targets) out.push(`- ${t}`);
writeFileSync(join(run, "report.md"), out.join("\n") + "\n");

// Chart data: one row per operation and app variant, one column per knowledge size.
const chart = (file, value) => {
  const rows = [["operation", ...sizes.map(label)].join("\t")];
  for (const op of operations) {
    for (const [server] of apps) {
      const values = sizes.map((size) => value(size, op, server));
      rows.push([server === "app" ? op : `${op} (no cache)`, ...values.map((v) => (v === undefined ? "NaN" : v.toFixed(3)))].join("\t"));
    }
  }
  writeFileSync(join(run, file), rows.join("\n") + "\n");
};
chart("chart.tsv", (size, op, server) => figures(size, op, server)?.rps);
chart("chart-p99.tsv", (size, op, server) => {
  const target = pacedTarget(size, op, server);
  return target && figures(size, op, target).p99;
});
