// jest's module resolution (jest.config.mjs `resolver`): the default one, with the rule of
// scripts/esm/lexicalConditions.cjs (lexical loads without top-level `await`), as in the payload
// CLI and the bench (scripts/esm/preload.mjs).
const { conditionsFor } = require('../../scripts/esm/lexicalConditions.cjs')

module.exports = (request, options) =>
  options.defaultResolver(request, options.conditions ? { ...options, conditions: conditionsFor(request, options.conditions) } : options)
