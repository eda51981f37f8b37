/**
 * Purposes an image-use consent may cover (Ley 1581/2012 Art. 9: prior, express, informed
 * authorisation for a stated purpose). A content needs `institutional`; a campaign message or a
 * content of a campaign also needs `campaign`. `commercial` exists so that a consent can say it,
 * never because the office needs it.
 */
export const CONSENT_PURPOSES = [
  { value: 'institutional', label: { es: 'Comunicación institucional', en: 'Institutional communication' } },
  { value: 'campaign', label: { es: 'Campañas (publicidad institucional)', en: 'Campaigns (institutional advertising)' } },
  { value: 'historical-archive', label: { es: 'Archivo histórico', en: 'Historical archive' } },
  { value: 'commercial', label: { es: 'Uso comercial de terceros', en: 'Third-party commercial use' } },
] as const

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]['value']
