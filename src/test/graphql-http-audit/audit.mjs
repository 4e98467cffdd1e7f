// Audits a running server against the GraphQL-over-HTTP specification with graphql-http's serverAudits.
// Usage: node audit.mjs http://localhost:8080/graphql
// Prints one JSON object: {"ok": n, "warn": n, "error": n, "notice": n, "results": [...]} and exits 0.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
const count = (status) => results.filter((result) => result.status === status).length;
console.log(JSON.stringify({
  ok: count('ok'), warn: count('warn'), error: count('error'), notice: count('notice'), results,
}));
