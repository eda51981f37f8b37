/** jest for an ESM-only Payload 3 app: swc transform, ESM modules, one Payload per test file. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transformIgnorePatterns: ['/node_modules/'],
  // lexical without top-level await, as in every process that boots Payload (scripts/esm/preload.mjs)
  resolver: '<rootDir>/tests/helpers/jestResolver.cjs',
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
}

export default {
  projects: [
    {
      ...shared,
      displayName: 'int',
      testMatch: [
        '<rootDir>/tests/int/**/*.spec.ts',
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/collections/**/*.spec.ts',
        '<rootDir>/hooks/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
    },
  ],
  testTimeout: 60_000,
  // Payload keeps timers (job crons, db pools) alive after destroy(); the run is over anyway.
  forceExit: true,
}
