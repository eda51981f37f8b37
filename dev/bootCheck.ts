import { assertProductionEnvironment } from './environment.js'

/**
 * At server start: production without its secret or public address does not serve at all. Next.js
 * only logs a failing instrumentation hook and answers 500 to every request while staying up, so
 * the process ends here, with the message, and a supervisor sees a failed start.
 */
export const refuseToBootWithoutEnvironment = (env: Record<string, string | undefined> = process.env): void => {
  try {
    assertProductionEnvironment(env)
  } catch (error) {
    console.error(`[pregonero] ${(error as Error).message}`)
    process.exit(1)
  }
}
