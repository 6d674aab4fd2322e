/**
 * Entry of `npm run bench`: the API is measured as it is deployed, with NODE_ENV=production (the
 * Dockerfile and docker-compose.yml set it). graphql-js reads NODE_ENV once, when it is first
 * loaded (in development it runs an extra realm check on every type test), so it is set here,
 * before bench/run.ts imports anything. An explicit NODE_ENV is kept, and the run records it.
 */
process.env.NODE_ENV ??= 'production';
await import('./run.js');
