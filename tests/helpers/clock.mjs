// A shifted clock for the fixed-clock runs (`npm run test:clocks`, issue 20): when
// PREGONERO_TEST_CLOCK is `<instant ISO>@<real epoch ms>`, every `Date` of this process reads the
// instant as it was at that real moment, and time flows on from there. The runner sets the variable
// once, so the test process, the app server (`node --import` of this file), the CLI scripts and the
// browser (clockInitScript) share one offset: their clocks agree to the millisecond.
// Plain ESM with no dependency: Node loads it before anything else with --import.

/** The offset (ms) to add to the real clock, or 0 without PREGONERO_TEST_CLOCK. */
export const clockOffset = (value = process.env.PREGONERO_TEST_CLOCK) => {
  if (!value) return 0
  const [instant, anchor] = value.split('@')
  const fixed = Date.parse(instant)
  const real = Number(anchor)
  if (Number.isNaN(fixed) || !Number.isFinite(real)) throw new Error(`PREGONERO_TEST_CLOCK must be <ISO instant>@<epoch ms>, got ${value}`)
  return fixed - real
}

/** Replaces globalThis.Date by one shifted by `offset` ms (instanceof and statics keep working). */
export const installShiftedClock = (offset) => {
  if (!offset || globalThis.Date.__pregoneroShift !== undefined) return
  const RealDate = globalThis.Date
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset
    }
    static [Symbol.hasInstance](value) {
      return value instanceof RealDate
    }
  }
  // Statics as own properties: some runtimes (Next.js's edge sandbox) copy a global's own
  // properties only, and inherited ones (UTC, parse) would be lost.
  for (const name of ['UTC', 'parse']) Object.defineProperty(ShiftedDate, name, { value: RealDate[name], writable: true, configurable: true })
  Object.defineProperty(ShiftedDate, '__pregoneroShift', { value: offset })
  // `Date()` called without `new` gives the current time as a string.
  globalThis.Date = new Proxy(ShiftedDate, { apply: () => new ShiftedDate().toString() })
}

/** The same shift as a browser init script (Playwright `addInitScript`). */
export const clockInitScript = (offset) =>
  `(${installShiftedClock.toString()})(${Number(offset)})`

installShiftedClock(clockOffset())
