// The one rule both module resolvers apply (Node's: lexicalResolve.mjs; jest's:
// tests/helpers/jestResolver.cjs): a `lexical` or `@lexical/*` specifier resolves without the `node`
// export condition, i.e. to lexical's plain ES module entry (`dist/Lexical.mjs`: imports the dev and
// prod builds and picks one by NODE_ENV) instead of `dist/Lexical.node.mjs` (the same choice made
// with a top-level `await import()`). Why: README, "Troubleshooting → A Payload process ends
// silently or hangs while booting".
const lexical = /^(?:lexical|@lexical\/[^/]+)(?:\/|$)/

/** The conditions to resolve `specifier` with. */
exports.conditionsFor = (specifier, conditions) => (lexical.test(specifier) ? conditions.filter((condition) => condition !== 'node') : conditions)
