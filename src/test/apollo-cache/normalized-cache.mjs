// Loads regions through Apollo Client's normalized InMemoryCache, as a single-page app would: 中国, then 广州, then
// both side by side. Then reads every query back from the cache (no network) and compares each fact's
// inheritedFrom (and each region's fields) with what the server sent for that very query. A schema whose ids do
// not identify what an object shows fails here: the later answer overwrites the earlier one in the cache.
// Usage: node normalized-cache.mjs http://localhost:8080/graphql
// Prints one JSON object: {"checked": n, "mismatches": [...], "normalizedRegions": n} and exits 0.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';

const url = process.argv[2];
if (!url) {
  console.error('usage: node normalized-cache.mjs <graphql endpoint url>');
  process.exit(2);
}

// Fields the served schema has (so that the same check runs against a server from before Region.id and factId).
const has = async (type, field) => {
  const response = await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: `{ __type(name: "${type}") { fields { name } } }` }),
  });
  return (await response.json()).data.__type.fields.some((f) => f.name === field);
};
const regionId = (await has('Region', 'id')) ? 'id ' : '';
const factId = (await has('WithdrawalCondition', 'factId')) ? 'factId ' : '';
const SLICES = `
  ${regionId}code name
  withdrawalConditions { id ${factId}title inheritedFrom { ${regionId}code name } }
  usageScenarios { id ${factId}category inheritedFrom { ${regionId}code name } }
  contacts { id ${factId}organisation inheritedFrom { ${regionId}code name } }`;
const ONE = gql`query One($code: String!) { region(code: $code) { ${SLICES} } }`;
const BOTH = gql`query Both($a: String!, $b: String!) {
  a: region(code: $a) { ${SLICES} }
  b: region(code: $b) { ${SLICES} } }`;

// What the server sent, by request, before Apollo normalized it.
const sent = [];
const recordingFetch = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.text();
  sent.push({ body: JSON.parse(init.body), answer: JSON.parse(text) });
  return new Response(text, { status: response.status, headers: response.headers });
};

const client = new ApolloClient({
  link: new HttpLink({ uri: url, fetch: recordingFetch }),
  cache: new InMemoryCache(),
});

const steps = [
  { query: ONE, variables: { code: '000000' } },
  { query: ONE, variables: { code: '440100' } },
  { query: BOTH, variables: { a: '000000', b: '440100' } },
];
for (const step of steps) {
  const result = await client.query({ ...step, fetchPolicy: 'network-only' });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
}

// Read each query back from the cache alone and compare it, region by region, with its own answer.
const mismatches = [];
let checked = 0;
const strip = (value) => JSON.parse(JSON.stringify(value, (key, v) => (key === '__typename' ? undefined : v)));
steps.forEach((step, index) => {
  const fromServer = strip(sent[index].answer.data);
  const fromCache = strip(client.readQuery(step));
  for (const alias of Object.keys(fromServer)) {
    for (const slice of ['withdrawalConditions', 'usageScenarios', 'contacts']) {
      fromServer[alias][slice].forEach((fact, i) => {
        checked++;
        const cached = fromCache?.[alias]?.[slice]?.[i];
        if (JSON.stringify(cached) !== JSON.stringify(fact)) {
          mismatches.push({ query: index, region: fromServer[alias].code, slice, server: fact, cache: cached ?? null });
        }
      });
    }
  }
});
const normalizedRegions = Object.keys(client.cache.extract()).filter((key) => key.startsWith('Region:')).length;
console.log(JSON.stringify({ checked, mismatches: mismatches.slice(0, 20), mismatchCount: mismatches.length, normalizedRegions }));
