// GraphQL over HTTP GET. A query goes out as its SHA-256 hash alone (automatic persisted queries): the URL is short
// and the same for every visitor, so the browser and any CDN in front cache it (GET answers carry an ETag and
// Cache-Control; revalidation with If-None-Match gets 304 while the knowledge is unchanged). The first time a
// server sees a hash it answers PersistedQueryNotFound and the page sends the query with its hash once. Where
// hashing is unavailable (crypto.subtle needs a secure context: https or localhost) or the server does not take
// hashes, the query text goes in the URL instead. Answers are also kept per URL for the life of the page.

const answers = new Map();
const hashes = new Map();
let persisting = Boolean(globalThis.crypto?.subtle);

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }
}

/** The URL a query is sent to: variables whose value is undefined are left out, so arguments take their defaults. */
export function graphqlUrl(query, variables = {}, hash = null, withText = true) {
  const params = new URLSearchParams();
  if (withText) params.set('query', compact(query));
  const given = Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== undefined && v !== ''));
  if (Object.keys(given).length) params.set('variables', JSON.stringify(given));
  if (hash) params.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  return `/graphql?${params}`;
}

/** Runs a query; resolves to data, rejects with a GraphQLError when the answer has errors. */
export function gql(query, variables = {}) {
  const key = graphqlUrl(query, variables);
  if (!answers.has(key)) {
    const pending = run(query, variables);
    pending.catch(() => answers.delete(key));
    answers.set(key, pending);
  }
  return answers.get(key);
}

async function run(query, variables) {
  const hash = persisting ? await sha256(compact(query)).catch(() => null) : null;
  if (!hash) return (await get(graphqlUrl(query, variables))).data();
  const byHash = await get(graphqlUrl(query, variables, hash, false));
  if (byHash.code === 'PERSISTED_QUERY_NOT_FOUND') return (await get(graphqlUrl(query, variables, hash))).data();
  if (byHash.code?.startsWith('PERSISTED_QUERY')) { // not supported (or refused) here: send the text from now on
    persisting = false;
    return (await get(graphqlUrl(query, variables))).data();
  }
  return byHash.data();
}

async function get(url) {
  const response = await fetch(url, { headers: { Accept: 'application/graphql-response+json, application/json' } });
  const body = await response.json().catch(() => null);
  return {
    code: body?.errors?.[0]?.extensions?.code,
    data() {
      if (!body) throw new Error(`HTTP ${response.status}`);
      if (body.errors?.length) throw new GraphQLError(body.errors);
      return body.data;
    },
  };
}

async function sha256(text) {
  if (!hashes.has(text)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hashes.set(text, [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return hashes.get(text);
}

/** The query without its indentation: shorter URLs, the same document. */
function compact(query) {
  return query.replace(/\s+/g, ' ').trim();
}
