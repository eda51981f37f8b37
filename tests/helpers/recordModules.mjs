// `--import tests/helpers/recordModules.mjs` with RECORD_MODULES=<file>: appends the URL and format
// of every module the process loads to <file>, one `url<TAB>format` line each (a load hook on
// Node's module-hooks thread). Used by tests/int/hardening/boot-graph.int.spec.ts.
import { register } from 'node:module'

register('./recordModulesHooks.mjs', import.meta.url)
