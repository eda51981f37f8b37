/** The head's digest of new compliance alerts (Spanish). Pure: data in, message out. */
export type AlertDigestData = {
  institutionName: string
  adminURL: string
  alerts: Array<{ id: number | string; kind: string; severity: string; message: string; subjectTitle?: null | string; createdAt: string }>
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

const SEVERITY: Record<string, string> = { critical: 'Crítica', warning: 'Advertencia', info: 'Informativa' }

export const alertDigest = ({ institutionName, adminURL, alerts }: AlertDigestData) => {
  const n = alerts.length
  const subject = `[${institutionName}] ${n} ${n === 1 ? 'nueva alerta' : 'nuevas alertas'} de cumplimiento`
  const lines = alerts.map(
    (a) => `- [${SEVERITY[a.severity] ?? a.severity}] ${a.message}${a.subjectTitle ? ` (${a.subjectTitle})` : ''} — ${adminURL}/collections/alerts/${a.id}`,
  )
  const text = [
    `Oficina de Comunicación Social — ${institutionName}`,
    '',
    `Resumen de ${n} ${n === 1 ? 'alerta nueva' : 'alertas nuevas'} de cumplimiento:`,
    '',
    ...lines,
    '',
    `Ver todas: ${adminURL}/collections/alerts`,
  ].join('\n')
  const rows = alerts
    .map(
      (a) =>
        `<tr><td>${escape(SEVERITY[a.severity] ?? a.severity)}</td><td>${escape(a.kind)}</td><td><a href="${escape(`${adminURL}/collections/alerts/${a.id}`)}">${escape(a.message)}</a></td><td>${escape(a.subjectTitle ?? '')}</td></tr>`,
    )
    .join('')
  const html = `<p>Oficina de Comunicación Social — ${escape(institutionName)}</p>
<p>Resumen de ${n} ${n === 1 ? 'alerta nueva' : 'alertas nuevas'} de cumplimiento:</p>
<table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>Severidad</th><th>Tipo</th><th>Alerta</th><th>Asunto</th></tr></thead><tbody>${rows}</tbody></table>
<p><a href="${escape(`${adminURL}/collections/alerts`)}">Ver todas las alertas</a></p>`
  return { subject, html, text }
}
