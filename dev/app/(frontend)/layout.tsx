import type React from 'react'

import './site.css'

export const metadata = { title: 'Noticias · Alcaldía de Pasto' }

/** The reference app's minimal public website (the news pages live preview renders). */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es-CO">
      <body className="site">
        <header className="site__header">
          <p className="site__brand">Alcaldía de Pasto · Noticias</p>
        </header>
        <main className="site__main">{children}</main>
      </body>
    </html>
  )
}
