/** Messages of the public-sector duties (issue 18): election periods, classification, petitions, sign language. */
export const complianceMessages = {
  es: {
    electionEndBeforeStart: 'end: el fin del periodo electoral no puede ser anterior a su inicio',
    electionEventKindRequired: 'electoral.eventKind: en el periodo electoral "{{period}}" todo cubrimiento de evento debe indicar el tipo de evento',
    electionCandidatesRequired:
      'electoral.candidatesPresent: en el periodo electoral "{{period}}" todo cubrimiento de evento debe indicar si participan candidatos o sus voceros',
    electionCoverageRefused:
      'status: no se puede aceptar: durante el periodo electoral "{{period}}" la Ley 996 de 2005 (art. 38, parágrafo) prohíbe inaugurar obras públicas o dar inicio a programas sociales en eventos en los que participen candidatos o sus voceros; el cubrimiento se rechaza',
    electionCheckNamed: 'periodo electoral "{{period}}": la pieza nombra al candidato "{{name}}" (Ley 996 de 2005, art. 38)',
    electionCheckShown: 'periodo electoral "{{period}}": el activo "{{asset}}" muestra al candidato "{{name}}" (Ley 996 de 2005, art. 38)',
    electionAlertOpened: 'Empieza el periodo electoral "{{period}}" ({{start}} a {{end}}): rigen las restricciones de la Ley 996 de 2005, art. 38.',
    electionAlertClosed: 'Terminó el periodo electoral "{{period}}" el {{end}}.',
    electionAlertResolved: 'El periodo electoral ya no está en curso',
    signLanguageMissing:
      'LSC: el video "{{video}}" es de {{topic}} y no tiene interpretación en Lengua de Señas Colombiana (Ley 982 de 2005, art. 13)',
    classificationBasisRequired: '{{field}}: una clasificación {{level}} exige su fundamento legal (Ley 1712 de 2014, arts. 18 y 19)',
    classificationScopeRequired: '{{field}}: una clasificación {{level}} exige su alcance (total o parcial)',
    classificationTermRequired: '{{field}}: una clasificación {{level}} exige su plazo (fecha hasta la que rige)',
    classificationClassified: 'clasificada',
    classificationReserved: 'reservada',
  },
  en: {
    electionEndBeforeStart: 'end: the election period cannot end before it starts',
    electionEventKindRequired: 'electoral.eventKind: during the election period "{{period}}" every event coverage must state the kind of event',
    electionCandidatesRequired:
      'electoral.candidatesPresent: during the election period "{{period}}" every event coverage must state whether candidates or their spokespersons take part',
    electionCoverageRefused:
      'status: cannot be accepted: during the election period "{{period}}" Ley 996 of 2005 (art. 38, parágrafo) forbids inaugurating public works or starting social programmes at events where candidates or their spokespersons take part; the coverage is refused',
    electionCheckNamed: 'election period "{{period}}": the piece names the candidate "{{name}}" (Ley 996 of 2005, art. 38)',
    electionCheckShown: 'election period "{{period}}": the asset "{{asset}}" shows the candidate "{{name}}" (Ley 996 of 2005, art. 38)',
    electionAlertOpened: 'The election period "{{period}}" starts ({{start}} to {{end}}): the restrictions of Ley 996 of 2005, art. 38 apply.',
    electionAlertClosed: 'The election period "{{period}}" ended on {{end}}.',
    electionAlertResolved: 'The election period is no longer in force',
    signLanguageMissing:
      'LSC: the video "{{video}}" is about {{topic}} and has no Colombian Sign Language interpretation (Ley 982 of 2005, art. 13)',
    classificationBasisRequired: '{{field}}: a {{level}} classification requires its legal basis (Ley 1712 of 2014, arts. 18 and 19)',
    classificationScopeRequired: '{{field}}: a {{level}} classification requires its scope (total or partial)',
    classificationTermRequired: '{{field}}: a {{level}} classification requires its term (the date it runs until)',
    classificationClassified: 'classified',
    classificationReserved: 'reserved',
  },
} as const
