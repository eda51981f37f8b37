// jest setupFile of the int-pg project: the same suites, on PostgreSQL (tests/int/postgresLane.mjs).
process.env.PREGONERO_TEST_DB = 'postgres'
