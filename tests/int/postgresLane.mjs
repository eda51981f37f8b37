// The PostgreSQL lane (jest project `int-pg`, issue 16 item 1): the adapter-neutral integration
// suites, run a second time on PostgreSQL (tests/helpers/bootPayload.ts with PREGONERO_TEST_DB=postgres
// gives each file a fresh database). ONE list, with why a file is in or out.
//
// OUT, on purpose:
// - database.int, sqlite-default.int, sqlite-transactions.int, migrations.int: about SQLite itself
//   (the file database, its transaction tuning, its migration folder);
// - workflow/options.int, plan/optionalSources.int: build their own config on a SQLite file;
// - hardening/db-locked.int, hardening/kill-during-transition.int: a second process holding
//   SQLite's write lock (PostgreSQL has row locks, no database lock to hold);
// - hardening/boot-graph.int: the module graph of booting, not the database;
// - hardening/stored-xss.int, admin/*, compliance/*, api/* other than the access matrix, ops/*,
//   demo/*: not in the list (their database use is the same Local API the lane covers);
//   ops/backup is SQLite's file copy (ops/backup-postgres-s3 is PostgreSQL's, below).

/** Globs (relative to the repository) of the files the lane runs. */
export const POSTGRES_LANE = [
  // PostgreSQL's own migrations against the pushed schema (PostgreSQL only: `.pg.int.spec.ts`)
  'tests/int/*.pg.int.spec.ts',
  // workflow: requests, contents, the trail, scheduling, four eyes, concurrency, delivery
  'tests/int/workflow/actionsAndQueues.int.spec.ts',
  'tests/int/workflow/api.int.spec.ts',
  'tests/int/workflow/comments.int.spec.ts',
  'tests/int/workflow/concurrency.int.spec.ts',
  'tests/int/workflow/delivery.int.spec.ts',
  'tests/int/workflow/four-eyes.int.spec.ts',
  'tests/int/workflow/matrix.int.spec.ts',
  'tests/int/workflow/republication.int.spec.ts',
  'tests/int/workflow/rules.int.spec.ts',
  'tests/int/workflow/scheduling.int.spec.ts',
  'tests/int/workflow/smtp-down.int.spec.ts',
  // refusals that say their rule (issue 15, item 7): the access asked before Payload's own check
  'tests/int/workflow/refusal-reasons.int.spec.ts',
  // archive
  'tests/int/archive/*.int.spec.ts',
  // monitoring (figures compares the SQL fast path with the neutral path)
  'tests/int/monitoring/*.int.spec.ts',
  // indicators and reports (indicators compares the SQL fast path with the neutral path)
  'tests/int/plan/compliance.int.spec.ts',
  'tests/int/plan/improvement.int.spec.ts',
  'tests/int/plan/indicators.int.spec.ts',
  'tests/int/plan/machines.int.spec.ts',
  'tests/int/plan/progress.int.spec.ts',
  'tests/int/plan/reportMonitoring.int.spec.ts',
  'tests/int/plan/reports.int.spec.ts',
  'tests/int/plan/rest.int.spec.ts',
  // measurement notes as a key and JSON variables (jsonb on PostgreSQL), read per reader
  'tests/int/plan/measurementNotes.int.spec.ts',
  // the access matrix
  'tests/int/api/access-matrix.int.spec.ts',
  // notifications (real SMTP)
  'tests/int/comms/notifications.int.spec.ts',
  'tests/int/comms/recipients.int.spec.ts',
  'tests/int/comms/mailLanguage.int.spec.ts',
  // the fact-check link: its compare-and-set single use and the expert's language on the row
  'tests/int/comms/factCheck.int.spec.ts',
  // users and departments (every suite's fixtures stand on them)
  'tests/int/users.int.spec.ts',
  'tests/int/departments.int.spec.ts',
  // the fault tests that apply to any database: jobs run twice or crash, SMTP fails, the disk
  // fails during an upload, bad input and malformed queries get a 4xx, not a database error
  'tests/int/hardening/jobs-twice.int.spec.ts',
  'tests/int/hardening/job-crash.int.spec.ts',
  'tests/int/hardening/smtp-tempfail.int.spec.ts',
  'tests/int/hardening/upload-disk-failure.int.spec.ts',
  'tests/int/hardening/bad-input.int.spec.ts',
  'tests/int/hardening/malformed-queries.int.spec.ts',
  // several instances: the shared rate-limit store (PostgreSQL's), job claims (the SKIP LOCKED fast
  // path and the neutral compare-and-set), leases, the SIGTERM hand-back
  'tests/int/multi/*.int.spec.ts',
  // backup and restore: pg_dump/pg_restore and the S3 bucket's objects (PostgreSQL only)
  'tests/int/ops/*.pg.int.spec.ts',
]
