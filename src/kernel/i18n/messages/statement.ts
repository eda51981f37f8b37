/** Messages of the accessibility statement and of the transparency menu's completeness (issue 18, items 8 and 2). */
export const statementMessages = {
  es: {
    transparencyIncompleteAlert:
      'Menú de transparencia (Ley 1712 de 2014): {{count}} ítem(s) a cargo de "{{department}}" están vacíos o desactualizados: {{items}}',
    transparencyUnownedAlert: 'Menú de transparencia (Ley 1712 de 2014): {{count}} ítem(s) no tienen dependencia responsable: {{items}}',
    transparencyCompleteNote: 'Los ítems del menú de transparencia ya están completos y al día',
    transparencyProblemEmpty: 'vacío',
    transparencyProblemOverdue: 'desactualizado',
    statementRefreshFigures: 'Actualizar cifras',
    statementRefreshBusy: 'Midiendo los contenidos publicados…',
    statementRefreshDone: 'Cifras actualizadas: se guardó una nueva versión de la declaración.',
  },
  en: {
    transparencyIncompleteAlert:
      'Transparency menu (Ley 1712/2014): {{count}} item(s) owned by "{{department}}" are empty or out of date: {{items}}',
    transparencyUnownedAlert: 'Transparency menu (Ley 1712/2014): {{count}} item(s) have no owner department: {{items}}',
    transparencyCompleteNote: 'The transparency menu items are now complete and up to date',
    transparencyProblemEmpty: 'empty',
    transparencyProblemOverdue: 'out of date',
    statementRefreshFigures: 'Refresh figures',
    statementRefreshBusy: 'Measuring the published contents…',
    statementRefreshDone: 'Figures refreshed: a new version of the statement was saved.',
  },
} as const
