import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'

import { publicServerURL } from '../../../../environment.js'
import { type NewsDoc, LiveNews } from './LiveNews.js'

export const dynamic = 'force-dynamic'

const serverURL = () => publicServerURL() ?? `http://localhost:${process.env.PORT ?? 3000}`

/**
 * A content as the website shows it, read from the public REST API as the website would. When the
 * admin's live preview frames this page (`?preview=true`) the signed-in editor's session goes
 * along and the draft is read (`draft=true`): the API decides what that person may see. Anyone
 * else gets the published, public version only.
 */
const findNews = async (slug: string, preview: boolean): Promise<NewsDoc | null> => {
  const token = preview ? (await cookies()).get('payload-token')?.value : undefined
  const query = new URLSearchParams({ limit: '1', depth: '1' })
  query.set(/^\d+$/.test(slug) ? 'where[id][equals]' : 'where[slug][equals]', slug)
  if (token) query.set('draft', 'true')
  const res = await fetch(`${serverURL()}/api/contents?${query.toString()}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
    cache: 'no-store',
  })
  if (!res.ok) return null
  const body = (await res.json()) as { docs?: NewsDoc[] }
  return body.docs?.[0] ?? null
}

export default async function NewsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params
  const preview = (await searchParams).preview === 'true'
  const doc = await findNews(decodeURIComponent(slug), preview)
  if (!doc) notFound()
  return <LiveNews initialData={doc} preview={preview} serverURL={serverURL()} />
}
