// NODE_OPTIONS for a child process that loads the Payload config with Node's own module loader
// (the payload CLI, a tsx script): the caller's options plus `--import <preload.mjs>` (see there).
import { fileURLToPath, pathToFileURL } from 'node:url'

const url = new URL('./preload.mjs', import.meta.url)

/** The preload's path. */
export const PRELOAD = fileURLToPath(url)

/** `nodeOptions` with the preload added once (as a file URL: any working directory, any path). */
export const withPreload = (nodeOptions = '') =>
  nodeOptions.includes(pathToFileURL(PRELOAD).href) ? nodeOptions : `--import ${pathToFileURL(PRELOAD).href} ${nodeOptions}`.trim()
