// jest setupFile: every test database is a throw-away file whose schema Payload pushes directly
// (the migrations are checked separately by tests/int/migrations.int.spec.ts).
process.env.PAYLOAD_DB_PUSH = 'true'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// The fixed-clock runs (npm run test:clocks): a shifted Date in every test file.
import './clock.mjs'
