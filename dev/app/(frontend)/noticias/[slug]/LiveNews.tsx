'use client'

import { useLivePreview } from '@payloadcms/live-preview-react'
import { RichText } from '@payloadcms/richtext-lexical/react'

export type NewsDoc = {
  id: number | string
  title?: string
  summary?: null | string
  body?: unknown
  stage?: string
  _status?: string
  publishedAt?: null | string
  heroImage?: null | number | string | { url?: null | string; alt?: null | string }
  heroImageAlt?: null | string
}

const day = new Intl.DateTimeFormat('es-CO', { timeZone: 'America/Bogota', dateStyle: 'long' })

/**
 * The news story; inside the admin's live preview, useLivePreview replaces it with the form's
 * unsaved state (postMessage from the admin; relations filled in by the API with the editor's session).
 */
export function LiveNews({ initialData, preview, serverURL }: { initialData: NewsDoc; preview: boolean; serverURL: string }) {
  const { data } = useLivePreview<NewsDoc>({ initialData, serverURL, depth: 1 })
  const hero = data.heroImage && typeof data.heroImage === 'object' ? data.heroImage : null
  const draft = data._status !== 'published' || data.stage !== 'published'
  return (
    <article className="news">
      {preview && draft ? (
        <p className="news__draft" role="status">
          Vista previa del borrador: así lo verá la ciudadanía cuando se publique.
        </p>
      ) : null}
      <h1 className="news__title">{data.title}</h1>
      {data.publishedAt ? <p className="news__meta">{day.format(new Date(data.publishedAt))}</p> : null}
      {data.summary ? <p className="news__summary">{data.summary}</p> : null}
      {hero?.url ? <img alt={data.heroImageAlt || hero.alt || ''} className="news__hero" src={hero.url} /> : null}
      {data.body && typeof data.body === 'object' ? <RichText data={data.body as never} /> : null}
    </article>
  )
}
