'use client'

/**
 * The institution's logo (login page) and icon (navigation) in place of Payload's (issue 15,
 * item 10), from the plugin's `branding` option: an image when given, else its name and initials.
 */
type Props = { src?: null | string; alt: string }

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join('')

export function InstitutionLogo({ src, alt }: Props) {
  if (src) return <img alt={alt} className="pregonero-logo" src={src} style={{ maxHeight: 120, maxWidth: '100%' }} />
  return (
    <span className="pregonero-logo pregonero-logo--text" style={{ fontSize: 28, fontWeight: 700 }}>
      {alt}
    </span>
  )
}

export function InstitutionIcon({ src, alt }: Props) {
  if (src) return <img alt={alt} className="pregonero-icon" src={src} style={{ height: 32, width: 32, objectFit: 'contain' }} />
  return (
    <span aria-label={alt} className="pregonero-icon pregonero-icon--text" role="img" style={{ fontWeight: 700 }}>
      {initials(alt) || alt.slice(0, 2)}
    </span>
  )
}
