import type { SpawnSyncReturns } from 'node:child_process'

export declare const runPayloadScript: (
  args: string[],
  options?: { env?: NodeJS.ProcessEnv; timeout?: number; echo?: boolean },
) => SpawnSyncReturns<string>
