/** jest for an ESM-only Payload 3 app: swc transform, ESM modules, one Payload per test file. */
import { POSTGRES_LANE } from './tests/int/postgresLane.mjs'

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
    // Stylesheets the admin components import mean nothing to the tests.
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.ts',
    '^@payload-config$': '<rootDir>/dev/payload.config.ts',
    // The reference app imports the plugin by its package name, as any host does.
    '^pregonero$': '<rootDir>/src/index.ts',
    '^pregonero/(client|rsc|platform)$': '<rootDir>/src/exports/$1.ts',
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
        '<rootDir>/dev/**/*.spec.ts',
      ],
      // PostgreSQL-only files (`*.pg.int.spec.ts`) run in the int-pg lane.
      testPathIgnorePatterns: ['/node_modules/', '\\.pg\\.int\\.spec\\.ts$'],
    },
    {
      // The PostgreSQL lane: the adapter-neutral suites again, each file on a fresh PostgreSQL
      // database (PREGONERO_TEST_PG_URL; the list and why: tests/int/postgresLane.mjs).
      ...shared,
      displayName: 'int-pg',
      testMatch: POSTGRES_LANE.map((glob) => `<rootDir>/${glob}`),
      setupFiles: [...shared.setupFiles, '<rootDir>/tests/helpers/envPostgres.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/timeoutPostgres.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
    },
  ],
  testTimeout: 60_000,
  // On a 2-core machine jest would run every file in its own process (one worker or less runs
  // in band), and each file's Payload and ESM module graph stays in the heap: the CI run died of
  // heap exhaustion after 20 minutes. A memory limit makes jest use a worker and start a fresh
  // one whenever a file leaves it above the limit.
  workerIdleMemoryLimit: '1536MB',
  // Payload keeps timers (job crons, db pools) alive after destroy(); the run is over anyway.
  forceExit: true,
}
