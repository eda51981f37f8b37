/**
 * The "Transparencia y acceso a la información pública" menu of Res. MinTIC 1519/2020, Anexo 2
 * (§2.4.2), as numbered items. The office edits titles and adds sub-items in the admin; the seed
 * only adds the numbers that are missing (a title corrected here reaches an existing menu only if
 * the office edits it).
 *
 * Checked against ../shared/research/colombia-requirements.md (TR-2, TR-4, TR-5, AR-4) and the
 * menus it cites as sources (§6: cartagena.gov.co/transparencia; histotecnologossh.com, which
 * lists the fields of 7.1.1–7.1.3):
 * - confirmed: 1 Información de la entidad; 1.11 Calendario de actividades; 4 Planeación,
 *   presupuesto e informes; 4.7 with 4.7.3 (rendición de cuentas a ciudadanos) and 4.7.5 (planes
 *   de mejoramiento); 6 Participa; 7 Datos abiertos; 7.1 Instrumentos de gestión de la
 *   información with 7.1.1 RAI, 7.1.2 Índice, 7.1.3 Esquema de publicación, 7.1.4 PGD, 7.1.5 TRD,
 *   7.1.6 Costos de reproducción; 7.2 Sección datos abiertos.
 * - NOT verified (no source in the research file): the other titles and numbers (1.1–1.10,
 *   1.12–1.14, 2.x, 3.x, 4.1–4.6, 4.8–4.10, 5, 8–10), and which items 4.7.1, 4.7.2 and 4.7.4 are
 *   (left out until the legal office confirms them).
 */
export const ANEXO2_ITEMS: ReadonlyArray<readonly [number: string, title: string]> = [
  ['1', 'Información de la entidad'],
  ['1.1', 'Misión, visión, funciones y deberes'],
  ['1.2', 'Estructura orgánica – organigrama'],
  ['1.3', 'Mapas y cartas descriptivas de los procesos'],
  ['1.4', 'Directorio institucional, incluidas sedes, oficinas, sucursales o regionales'],
  ['1.5', 'Directorio de servidores públicos, empleados o contratistas'],
  ['1.6', 'Directorio de entidades'],
  ['1.7', 'Directorio de agremiaciones o asociaciones en las que participe'],
  ['1.8', 'Servicio al público, normas, formularios y protocolos de atención'],
  ['1.9', 'Procedimientos que se siguen para tomar decisiones en las diferentes áreas'],
  ['1.10', 'Mecanismo de presentación directa de solicitudes, quejas y reclamos'],
  ['1.11', 'Calendario de actividades'],
  ['1.12', 'Información sobre decisiones que pueden afectar al público'],
  ['1.13', 'Entes y autoridades que lo vigilan'],
  ['1.14', 'Publicación de hojas de vida'],
  ['2', 'Normativa'],
  ['2.1', 'Normativa de la entidad o autoridad'],
  ['2.2', 'Búsqueda de normas'],
  ['2.3', 'Proyectos de normas para comentarios'],
  ['3', 'Contratación'],
  ['3.1', 'Plan Anual de Adquisiciones'],
  ['3.2', 'Publicación de la información contractual'],
  ['3.3', 'Publicación de la ejecución de los contratos'],
  ['3.4', 'Manual de contratación, adquisición y/o compras'],
  ['3.5', 'Formatos o modelos de contratos o pliegos tipo'],
  ['4', 'Planeación, presupuesto e informes'],
  ['4.1', 'Presupuesto general de ingresos, gastos e inversión'],
  ['4.2', 'Ejecución presupuestal'],
  ['4.3', 'Plan de acción'],
  ['4.4', 'Proyectos de inversión'],
  ['4.5', 'Informes de empalme'],
  ['4.6', 'Información pública y/o relevante'],
  ['4.7', 'Informes de gestión, evaluación y auditoría'],
  ['4.7.3', 'Informe de rendición de cuentas a ciudadanos'],
  ['4.7.5', 'Planes de mejoramiento'],
  ['4.8', 'Informes de la Oficina de Control Interno'],
  ['4.9', 'Informe sobre defensa pública y prevención del daño antijurídico'],
  ['4.10', 'Informes trimestrales sobre acceso a información, quejas y reclamos'],
  ['5', 'Trámites'],
  ['6', 'Participa'],
  ['7', 'Datos abiertos'],
  ['7.1', 'Instrumentos de gestión de la información'],
  ['7.1.1', 'Registro de Activos de Información (RAI)'],
  ['7.1.2', 'Índice de Información Clasificada y Reservada'],
  ['7.1.3', 'Esquema de Publicación de Información'],
  ['7.1.4', 'Programa de Gestión Documental'],
  ['7.1.5', 'Tablas de Retención Documental'],
  ['7.1.6', 'Costos de reproducción de información pública'],
  ['7.2', 'Sección datos abiertos'],
  ['8', 'Información específica para grupos de interés'],
  ['8.1', 'Información para niñas, niños y adolescentes'],
  ['8.2', 'Información para mujeres'],
  ['8.3', 'Otros grupos de interés'],
  ['9', 'Obligación de reporte de información específica por parte de la entidad'],
  ['10', 'Información tributaria en entidades territoriales locales'],
  ['10.1', 'Procesos de recaudo de rentas locales'],
  ['10.2', 'Tarifas de liquidación del impuesto de industria y comercio (ICA)'],
]

/** Menu items the plugin itself fills: the instruments it generates (src/features/compliance/instruments/). */
export const INSTRUMENT_ITEMS: Readonly<Record<string, string>> = {
  '7.1.1': 'asset-register',
  '7.1.2': 'classified-index',
  '7.1.3': 'publication-scheme',
}

/** "4.7.3" → "4.7"; a top-level number has no parent. Pure. */
export const parentNumber = (number: string): null | string => (number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : null)

/** A key that sorts numbers as the menu does: "4.10" after "4.9" ("0004.0010" > "0004.0009"). Pure. */
export const sortKeyOf = (number: string): string => number.split('.').map((part) => part.padStart(4, '0')).join('.')

export const NUMBER_PATTERN = /^\d{1,3}(\.\d{1,3}){0,4}$/
