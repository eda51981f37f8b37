import type { CollectionConfig, Field, FieldHook, GlobalConfig } from 'payload'

import { ValidationError } from 'payload'

import { httpUrlProblem, validateHttpUrl } from '../../../collections/httpUrl.js'
import { labelIn } from '../admin/stateLabels.js'
import { tr } from '../i18n/index.js'
import { firstForbiddenLink, schemeOf } from './linkScheme.js'

/** Marks the hooks this file adds (tests/int/api/explicit-access checks every URL-like field carries one). */
export const SAFE_LINK_HOOK = Symbol.for('pregonero.safeLinkHook')

type AnyField = Field & { blocks?: Array<{ fields: Field[] }>; fields?: Field[]; hooks?: { beforeValidate?: FieldHook[] }; name?: string; tabs?: Array<{ fields: Field[] }>; validate?: unknown }

const refuse = (args: Parameters<FieldHook>[0], message: string): never => {
  const path = (args.path ?? [args.field.name]).join('.')
  throw new ValidationError(
    { collection: args.collection?.slug, global: args.global?.slug, errors: [{ path, message }], req: args.req },
    args.req?.t,
  )
}

/** Every link in a rich-text value: http(s), mailto, tel or internal. A hook, so draft saves (which skip validation) are checked too. */
const richTextLinks: FieldHook = (args) => {
  const link = firstForbiddenLink(args.value)
  if (link !== null) {
    const field = labelIn((args.field as { label?: unknown }).label, args.req?.i18n?.language ?? 'es') || (args.path ?? [args.field.name]).join('.')
    refuse(args, `${field}: ${tr(args.req, 'linkScheme', { link: link.slice(0, 120), scheme: schemeOf(link) })}`)
  }
  return args.value
}

/** A URL field (`validate: validateHttpUrl`): absolute http(s) only, on draft saves too. */
const httpUrlOnly: FieldHook = (args) => {
  const problem = httpUrlProblem(args.value, { label: (args.field as { label?: unknown }).label, path: args.path as Array<number | string>, req: args.req })
  if (problem) refuse(args, problem)
  return args.value
}

/**
 * A text field holds a link when it validates with validateHttpUrl, or when its name says so
 * (url, website, link, href): a field whose validator wraps validateHttpUrl in a function of its
 * own would otherwise escape the rule on draft saves.
 */
const URL_NAME = /url|website|link|href/i
const isUrlField = (field: AnyField): boolean => field.validate === validateHttpUrl || URL_NAME.test(field.name ?? '')

const marked = (hook: FieldHook) => Object.assign(hook, { [SAFE_LINK_HOOK]: true })

const safeFields = (fields: Field[]): Field[] =>
  fields.map((original) => {
    const field = original as AnyField
    if (field.type === 'tabs' && field.tabs) return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: safeFields(tab.fields) })) } as Field
    if (field.type === 'blocks' && field.blocks) return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: safeFields(block.fields) })) } as Field
    if (field.fields) return { ...field, fields: safeFields(field.fields) } as Field
    const hook = field.type === 'richText' ? richTextLinks : field.type === 'text' && isUrlField(field) ? httpUrlOnly : null
    if (!hook) return original
    return { ...field, hooks: { ...field.hooks, beforeValidate: [marked(hook), ...(field.hooks?.beforeValidate ?? [])] } } as Field
  })

/**
 * Links are only http(s), mailto, tel or internal in EVERY rich-text field (the plugin's and the
 * host's, in collections and globals, at any depth), and only http(s) in every URL field: a 400
 * naming the field otherwise, on every path (REST, GraphQL, Local API, admin) and on draft saves.
 */
export const withSafeLinks = <T extends CollectionConfig | GlobalConfig>(configs: T[] | undefined): T[] =>
  (configs ?? []).map((config) => ({ ...config, fields: safeFields(config.fields) }))
