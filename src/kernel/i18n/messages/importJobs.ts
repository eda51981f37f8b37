/** CSV imports run as jobs (src/features/monitoring/components/CsvImportPanel.tsx, background.ts). */
export const importJobsMessages = {
  es: {
    importBackgroundAbove: 'Los archivos de más de {{rows}} filas se procesan siempre en segundo plano; puede seguir su avance aquí.',
  },
  en: {
    importBackgroundAbove: 'Files with more than {{rows}} rows always run in the background; you can follow their progress here.',
  },
} as const
