import type { IndexEntry } from './electronicIndex.js'

/** What the package says about its expediente, beside the documents' index. */
export type ExpedienteHeader = { id: string; title: string; series: string; description: string; institution: string; createdAt: string; generatedAt: string }

export type PackageIndex = { format: 'pregonero-expediente/1'; algorithm: 'SHA-256'; expediente: ExpedienteHeader; documents: IndexEntry[] }

export const INDEX_JSON = 'indice.json'
export const INDEX_XML = 'indice.xml'

export const packageIndex = (expediente: ExpedienteHeader, documents: IndexEntry[]): PackageIndex => ({ format: 'pregonero-expediente/1', algorithm: 'SHA-256', expediente, documents })

const xml = (value: unknown): string =>
  String(value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

/**
 * The same index as XML, with the element names of the AGN/MinTIC electronic index model
 * (IndiceContenido, DocumentoIndizado, ValorHuella, FuncionResumen, OrdenDocumentoExpediente…).
 * The model's exact schema was not available to check (research AR-2/AR-5: "valor huella" not
 * verified); the JSON is the one the verifier trusts, and it checks the XML says the same.
 */
export const indexXml = (index: PackageIndex): string => {
  const { expediente } = index
  const documents = index.documents
    .map(
      (d) => `    <DocumentoIndizado>
      <Id_Documento>${xml(`${d.collection}/${d.itemId}`)}</Id_Documento>
      <Nombre_Documento>${xml(d.title)}</Nombre_Documento>
      <Archivo>${xml(d.file)}</Archivo>
      <FechaCreacionDocumento>${xml(d.documentDate)}</FechaCreacionDocumento>
      <FechaIncorporacionExpediente>${xml(d.addedAt)}</FechaIncorporacionExpediente>
      <ValorHuella>${xml(d.sha256)}</ValorHuella>
      <FuncionResumen>SHA-256</FuncionResumen>
      <OrdenDocumentoExpediente>${d.order}</OrdenDocumentoExpediente>
      <Formato>${xml(d.format)}</Formato>
      <Tamano>${d.size}</Tamano>
    </DocumentoIndizado>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<IndiceElectronico>
  <Expediente>
    <Id_Expediente>${xml(expediente.id)}</Id_Expediente>
    <Nombre_Expediente>${xml(expediente.title)}</Nombre_Expediente>
    <Serie>${xml(expediente.series)}</Serie>
    <Descripcion>${xml(expediente.description)}</Descripcion>
    <Entidad>${xml(expediente.institution)}</Entidad>
    <FechaCreacionExpediente>${xml(expediente.createdAt)}</FechaCreacionExpediente>
  </Expediente>
  <IndiceContenido>
    <FechaIndiceContenido>${xml(expediente.generatedAt)}</FechaIndiceContenido>
${documents}
  </IndiceContenido>
</IndiceElectronico>
`
}
