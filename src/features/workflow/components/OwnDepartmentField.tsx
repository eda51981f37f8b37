'use client'

import type { RelationshipFieldClientProps } from 'payload'

import { RelationshipField, useAuth } from '@payloadcms/ui'

type UserLike = { roles?: string[] }
const OFFICE = ['admin', 'head', 'editor', 'designer', 'producer', 'community']

/**
 * A request's department: a liaison (requester) files only for their own department, so for them
 * it is pre-filled (the field's defaultValue) and read-only; the office picks any. The server rule
 * is the request hook's (another department is refused with a 400 naming the field).
 */
export function OwnDepartmentField(props: RelationshipFieldClientProps) {
  const { user } = useAuth<UserLike>()
  const roles = user?.roles ?? []
  const liaison = roles.includes('requester') && !roles.some((role) => OFFICE.includes(role))
  return <RelationshipField {...props} readOnly={Boolean(props.readOnly) || liaison} />
}
