/** Messages of the audiovisual archive (duplicates, consent in force, alerts about published contents). */
export const archiveMessages = {
  es: {
    archiveDuplicateOfSelf: 'el archivo nuevo es idéntico al actual o a uno anterior de este activo',
    archiveDuplicateRefused: 'ya está en el archivo como "{{title}}" (id {{id}}); no se admiten duplicados',
    archiveDuplicateLink: 'ya está en el archivo como "{{title}}" (id {{id}}); enlace ese activo en lugar de subir una copia',
    archiveConsentEndedAlert:
      'La autorización de uso de imagen de "{{asset}}" ya no está vigente ({{reason}}) y el contenido publicado "{{content}}" lo usa: retire o reemplace la imagen.',
    archiveConsentRevoked: 'revocada',
    archiveConsentExpired: 'vencida',
    archiveConsentNotCovered: 'no cubre el uso publicado',
  },
  en: {
    archiveDuplicateOfSelf: "the new file is identical to this asset's current or a previous file",
    archiveDuplicateRefused: 'already in the archive as "{{title}}" (id {{id}}); duplicates are refused',
    archiveDuplicateLink: 'already in the archive as "{{title}}" (id {{id}}); link that asset instead of uploading a copy',
    archiveConsentEndedAlert:
      'The image-use consent of "{{asset}}" is no longer in force ({{reason}}) and the published content "{{content}}" uses it: remove or replace the image.',
    archiveConsentRevoked: 'revoked',
    archiveConsentExpired: 'expired',
    archiveConsentNotCovered: 'does not cover the published use',
  },
} as const
