// jest setupFilesAfterEnv of the int-pg project: booting Payload on a fresh PostgreSQL database pushes
// the schema by introspecting the server (drizzle's "Pulling schema"), 20–60 s on a busy 2-core
// machine where SQLite takes a few: hooks and tests get 3 minutes instead of 1 (no speed is asserted).
import { jest } from '@jest/globals'

jest.setTimeout(180_000)
