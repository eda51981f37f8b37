/**
 * The plugin's version, reported by `GET /api/pregonero/health` to admins. A constant (not a read of
 * package.json) because the host's bundler moves the compiled files; src/kernel/version.spec.ts
 * keeps it equal to package.json's.
 */
export const PREGONERO_VERSION = '0.1.0'
