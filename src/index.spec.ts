import type { CollectionConfig, Config } from 'payload'

import { pregonero } from './index.js'
import { HostConfigError } from './kernel/config/hostRequirements.js'
import { OWN } from './kernel/config/own.js'
import { pregoneroPlatform } from './platform/index.js'

const hostCollection = (): CollectionConfig => ({
  slug: 'noticias-del-host',
  access: { read: () => true, create: () => false },
  hooks: { beforeChange: [({ data }) => data] },
  fields: [{ name: 'titulo', type: 'text' }],
})
const host = (extra: Partial<Config> = {}): Config => ({ secret: 'x', db: {} as never, collections: [hostCollection()], ...extra })

describe('the plugin as a host installs it', () => {
  it('enabled: false adds its collections (a stable schema) and changes nothing else of the host', () => {
    const incoming = host({ endpoints: [], jobs: { tasks: [] }, i18n: { supportedLanguages: {} } })
    const config = pregonero({ enabled: false })(incoming)
    expect(config.collections?.[0]).toBe(incoming.collections![0]) // the host's collection, untouched
    expect(config.collections!.length).toBeGreaterThan(20)
    for (const key of ['endpoints', 'jobs', 'i18n', 'admin', 'onInit', 'hooks', 'upload', 'editor'] as const) expect(config[key]).toBe(incoming[key])
  })

  it("enabled: the host's own collections keep their rules and hooks; the plugin's are marked as its own", () => {
    // Without the answer cache, the host's collection is the host's object, untouched.
    const incoming = host()
    const config = pregonero({ api: { publicCache: { enabled: false } } })(incoming)
    expect(config.collections!.find((c) => c.slug === 'noticias-del-host')).toBe(incoming.collections![0])
    const contents = config.collections!.find((c) => c.slug === 'contents')!
    expect((contents.custom as Record<string, unknown>)[OWN]).toBe(true)
  })

  it("with the answer cache (the default) the host's collections only gain its read tracking and invalidation", () => {
    // A cached public answer may show a host document: the cache must see it read and changed.
    const incoming = host()
    const original = incoming.collections![0]!
    const theirs = pregonero()(incoming).collections!.find((c) => c.slug === 'noticias-del-host')!
    expect(theirs.fields).toBe(original.fields)
    expect(theirs.access).toBe(original.access)
    expect(theirs.hooks?.beforeChange).toEqual(original.hooks!.beforeChange)
    const added = Object.entries(theirs.hooks ?? {}).filter(([kind]) => kind !== 'beforeChange')
    expect(added.map(([kind]) => kind).sort()).toEqual(['afterChange', 'afterDelete', 'afterOperation', 'afterRead', 'beforeOperation'])
    for (const [, hooks] of added) expect(hooks).toHaveLength(1)
  })

  it("an override per collection: the host's fields function, hooks after the plugin's, its access and admin winning", () => {
    const extraHook = () => undefined
    const config = pregonero({
      overrides: {
        'media-outlets': {
          fields: ({ defaultFields }) => [...defaultFields, { name: 'codigoInterno', type: 'text' }],
          hooks: { afterChange: [extraHook] },
          access: { delete: () => false },
          admin: { description: 'Medios del departamento' },
        },
      },
    })(host())
    const outlets = config.collections!.find((c) => c.slug === 'media-outlets')!
    expect(outlets.fields.map((f) => ('name' in f ? f.name : null))).toContain('codigoInterno')
    expect(outlets.hooks?.afterChange?.at(-1)).toBe(extraHook)
    expect(outlets.admin?.description).toBe('Medios del departamento')
    expect(outlets.access?.read).toBeDefined() // the plugin's rule stays where the host set none
  })

  it('sets what it needs where the host left it unset: Spanish, an editor, uploads on disk, a runner for its queue', () => {
    const config = pregonero({ jobsQueue: 'comunicaciones' })(host())
    expect(Object.keys(config.i18n?.supportedLanguages ?? {})).toEqual(expect.arrayContaining(['es', 'en']))
    expect(config.editor).toBeDefined()
    expect(config.upload?.useTempFiles).toBe(true)
    expect((config.jobs?.autoRun as Array<{ queue: string }>).map((entry) => entry.queue)).toContain('comunicaciones')
    // The host's own languages are kept; Spanish is added to them.
    const withFrench = pregonero()(host({ i18n: { supportedLanguages: { fr: {} as never } } }))
    expect(Object.keys(withFrench.i18n?.supportedLanguages ?? {}).sort()).toEqual(['es', 'fr'])
    // A host that runs the queue itself keeps its own autoRun.
    const own = pregonero({ autoRunJobs: false })(host())
    expect(own.jobs?.autoRun).toBeUndefined()
  })

  it('refuses, naming the fix, a host setting it cannot work with', () => {
    expect(() => pregonero()(host({ upload: { useTempFiles: false } }))).toThrow(HostConfigError)
    expect(() => pregonero()(host({ upload: { useTempFiles: false } }))).toThrow(/useTempFiles/)
  })

  it("the platform guards the host's collections too, and leaves the plugin's as the plugin made them", () => {
    const withPlugin = pregonero()(host())
    const config = pregoneroPlatform()(withPlugin)
    const theirs = config.collections!.find((c) => c.slug === 'noticias-del-host')!
    expect(theirs).not.toBe(withPlugin.collections!.find((c) => c.slug === 'noticias-del-host'))
    expect(theirs.hooks?.beforeOperation?.length ?? 0).toBeGreaterThan(0) // rate limits and query validation
    expect(config.onInit).not.toBe(withPlugin.onInit)
  })
})
