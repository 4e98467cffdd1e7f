// Apollo Client's persisted-queries link against a running server, as a browser app behind a CDN would use it:
// hashed queries by GET. The first request sends the hash alone and must be told PersistedQueryNotFound, the link
// then sends the query with its hash (registering it), and a second client, sending the hash alone, gets the answer.
// Usage: node persisted-queries.mjs http://localhost:8080/graphql
// Prints one JSON object: {"requests": [...], "first": {...}, "second": {...}} and exits 0.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';

const url = process.argv[2];
if (!url) {
  console.error('usage: node persisted-queries.mjs <graphql endpoint url>');
  process.exit(2);
}

const requests = [];
const recordingFetch = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.text();
  const parsed = new URL(String(input));
  requests.push({
    method: init?.method ?? 'GET',
    hashOnly: init?.method === 'POST' ? !JSON.parse(init.body).query : !parsed.searchParams.get('query'),
    status: response.status,
    etag: response.headers.get('etag'),
    codes: (JSON.parse(text).errors ?? []).map((e) => e.extensions?.code ?? e.message),
  });
  return new Response(text, { status: response.status, headers: response.headers });
};

const client = () => new ApolloClient({
  link: createPersistedQueryLink({
    sha256: (text) => createHash('sha256').update(text).digest('hex'),
    useGETForHashedQueries: true,
  }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});

// A query no other test sends, so that the server has not seen its hash yet.
const QUERY = gql`query PersistedCheck { region(code: "440300") { id name shortName } }`;
const first = await client().query({ query: QUERY, fetchPolicy: 'network-only' });
const second = await client().query({ query: QUERY, fetchPolicy: 'network-only' });
console.log(JSON.stringify({ requests, first: first.data, second: second.data }));
