/**
 * Where the admin's import map finds the plugin's components: the package's own entry points, so
 * a host app's `payload generate:importmap` writes imports it can resolve (`pregonero/client`,
 * `pregonero/rsc`), whatever its folder layout.
 */
export const clientComponent = (name: string) => `pregonero/client#${name}`
export const serverComponent = (name: string) => `pregonero/rsc#${name}`
