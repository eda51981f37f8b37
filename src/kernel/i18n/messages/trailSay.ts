/**
 * Trail rows the system writes, said in the reader's language when read (the trail is append-only,
 * so rows keep codes and the people's own words; the sentence around them is the reader's).
 */
export const trailSayMessages = {
  es: {
    trailExpertAnswer: 'Verificación externa ({{name}} <{{email}}>): {{verdict}}',
    trailExpertConfirms: 'confirma la información',
    trailExpertComments: 'tiene observaciones',
  },
  en: {
    trailExpertAnswer: 'Fact check ({{name}} <{{email}}>): {{verdict}}',
    trailExpertConfirms: 'confirms the information',
    trailExpertComments: 'has comments',
  },
} as const
