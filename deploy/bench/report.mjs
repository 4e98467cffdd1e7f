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
const pacedTarget = (size, op) => results.find((r) => r.size === size && r.op === op && r.target.startsWith("app@"))?.target;
const label = (size) => (size === "1" ? "as shipped" : `×${size}`);

const out = [];
out.push(`\n## ${meta.date}, commit ${meta.commit} (${meta.mode} mode)\n`);
out.push(`- Machine: ${meta.cpu}, ${meta.memory}; load average ${meta.load_before} before the run, ${meta.load_after} after.`);
out.push(`- Load: ${meta.settings}; medians over the rounds.`);
out.push(`- App: ${meta.jvm}. Baselines: PostGraphile ${meta.postgraphile}; nginx ${meta.nginx}.`);
for (const [key, value] of Object.entries(meta)) if (key.startsWith("skipped_")) out.push(`- Not measured: ${value}.`);

out.push("\n| knowledge | operation | server | req/s | p50 ms | p99 ms | CPU ms/req | app ÷ PostGraphile | app ÷ nginx |");
out.push("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const size of sizes) {
  for (const op of operations) {
    const app = figures(size, op, "app");
    const pg = figures(size, op, "postgraphile");
    const nginx = figures(size, op, "nginx");
    for (const [name, f] of [["app", app], ["PostGraphile", pg], ["nginx (static file)", nginx]]) {
      if (!f) continue;
      const vsPg = name === "app" && pg ? `${fixed(app.rps / pg.rps, 2)}×` : "";
      const vsNginx = name === "app" && nginx ? `${fixed((100 * app.rps) / nginx.rps, 0)}%` : "";
      const errors = f.errors ? ` (${f.errors} errors)` : "";
      out.push(`| ${label(size)} | ${op} | ${name} | ${fixed(f.rps, 0)}${errors} | ${ms(f.p50)} | ${ms(f.p99)} | ${fixed(f.cpu_ms_per_request, 2)} | ${vsPg} | ${vsNginx} |`);
    }
  }
}

out.push("\nAt a fixed rate of half the app's maximum (hey, same connections):\n");
out.push("| knowledge | operation | rate req/s | achieved req/s | p50 ms | p95 ms | p99 ms | CPU ms/req |");
out.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const size of sizes) {
  for (const op of operations) {
    const target = pacedTarget(size, op);
    if (!target) continue;
    const f = figures(size, op, target);
    out.push(`| ${label(size)} | ${op} | ${target.slice(4)} | ${fixed(f.rps, 0)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${fixed(f.cpu_ms_per_request, 2)} |`);
  }
}

out.push("\nStart-up (process start to the first answer of the city slice; PostgreSQL already running, its own start");
out.push(`took ${meta.postgres_start_ms} ms) and resident memory of the app:\n`);
out.push("| knowledge | first answer ms (median) | each start ms | RSS idle MB | RSS after the load MB |");
out.push("| --- | ---: | --- | ---: | ---: |");
for (const s of startup) {
  const starts = s.starts_ms.split(" ");
  out.push(`| ${label(s.size)} | ${median(starts)} | ${starts.join(", ")} | ${s.rss_idle_mb} | ${s.rss_loaded_mb} |`);
}

// The targets, each with the figure it is judged on.
const targets = [];
const city = (size) => ({ app: figures(size, "city-slice", "app"), pg: figures(size, "city-slice", "postgraphile"), nginx: figures(size, "city-slice", "nginx") });
const first = sizes[0];
const c = city(first);
if (c.app && c.pg) targets.push(`city-slice throughput ≥ 3× PostGraphile: ${fixed(c.app.rps / c.pg.rps, 2)}× — ${met(c.app.rps >= 3 * c.pg.rps)}`);
if (c.app && c.pg) targets.push(`(CPU time per city-slice request: app ${fixed(c.app.cpu_ms_per_request, 2)} ms, PostGraphile with PostgreSQL ${fixed(c.pg.cpu_ms_per_request, 2)} ms: ${fixed(c.pg.cpu_ms_per_request / c.app.cpu_ms_per_request, 2)}× less for the app)`);
if (c.app && c.nginx) targets.push(`city-slice throughput ≥ 30% of nginx: ${fixed((100 * c.app.rps) / c.nginx.rps, 0)}% — ${met(c.app.rps >= 0.3 * c.nginx.rps)}`);
for (const size of sizes) {
  const worst = Math.max(...operations.filter((op) => pacedTarget(size, op)).map((op) => figures(size, op, pacedTarget(size, op)).p99));
  targets.push(`p99 ≤ 5 ms at half the maximum rate (${label(size)}, worst operation): ${ms(worst)} ms — ${met(worst <= 5)}`);
}
const largest = sizes[sizes.length - 1];
for (const op of ["search", "ask"]) {
  const target = pacedTarget(largest, op);
  if (!target) continue;
  const p95 = figures(largest, op, target).p95;
  const note = largest === "100" ? "" : ` (measured at ${label(largest)}; the target is for ×100)`;
  targets.push(`${op} p95 ≤ 10 ms at ×100 knowledge: ${ms(p95)} ms${note} — ${met(p95 <= 10)}`);
}
const firstAnswer = median(startup[0].starts_ms.split(" "));
targets.push(`JVM start to first answer ≤ 1.5 s: ${firstAnswer} ms — ${met(firstAnswer <= 1500)}`);
out.push("\nTargets:\n");
for (const t of targets) out.push(`- ${t}`);
writeFileSync(join(run, "report.md"), out.join("\n") + "\n");

// Chart data: one row per operation, one column per knowledge size.
const chart = (file, value) => {
  const rows = [["operation", ...sizes.map(label)].join("\t")];
  for (const op of operations) rows.push([op, ...sizes.map((size) => (value(size, op) === undefined ? "NaN" : value(size, op).toFixed(3)))].join("\t"));
  writeFileSync(join(run, file), rows.join("\n") + "\n");
};
chart("chart.tsv", (size, op) => figures(size, op, "app")?.rps);
chart("chart-p99.tsv", (size, op) => {
  const target = pacedTarget(size, op);
  return target && figures(size, op, target).p99;
});
