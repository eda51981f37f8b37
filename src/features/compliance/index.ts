import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { createAccessibilityStatementGlobal } from './collections/AccessibilityStatement/index.js'
import { createElectionPeriodsCollection } from './collections/ElectionPeriods/index.js'
import { createExpedientesCollection } from './collections/Expedientes/index.js'
import { createPetitionsCollection } from './collections/Petitions/index.js'
import { createTransparencyItemsCollection } from './collections/TransparencyItems/index.js'
import { filePetitionEndpoint } from './endpoints/filePetition.js'
import { instrumentEndpoint } from './endpoints/instruments.js'
import { refreshStatementFiguresEndpoint } from './endpoints/refreshStatementFigures.js'
import { transparencyCompletenessEndpoint } from './endpoints/transparencyCompleteness.js'
import { transparencyTreeEndpoint } from './endpoints/transparencyTree.js'
import { accessibilityStatementFiguresTask } from './tasks/accessibilityStatementFigures.js'
import { electionPeriodAlertsTask } from './tasks/electionPeriodAlerts.js'
import { petitionDeadlinesTask } from './tasks/petitionDeadlines.js'
import { transparencyCompletenessTask } from './tasks/transparencyCompleteness.js'
import { INSTRUMENT_KEYS } from './instruments/instruments.js'

/**
 * The Colombian public-sector duties of issue 18 as rules the software runs: election periods
 * (Ley 996/2005), the transparency menu (Res. 1519/2020 Anexo 2), classification (Ley 1712/2014), petitions (Ley 1755/2015), sign language
 * (Ley 982/2005), the accessibility statement (Res. 1519/2020 Anexo 1), the information management instruments
 * (Decreto 1080/2015) and expedientes with their electronic index (Acuerdo AGN 003/2015). Their approval checks run in the checks' gate; their fields on requests,
 * contents and archive assets are added by those collections (see each import there).
 */
export const complianceFeature = (options: ResolvedOptions): FeaturePart => ({
  collections: [createElectionPeriodsCollection(options), createPetitionsCollection(options), createTransparencyItemsCollection(options), createExpedientesCollection(options)],
  globals: [createAccessibilityStatementGlobal(options)],
  endpoints: [filePetitionEndpoint(options), transparencyTreeEndpoint(options), ...INSTRUMENT_KEYS.map((key) => instrumentEndpoint(options, key)), transparencyCompletenessEndpoint(), refreshStatementFiguresEndpoint()],
  tasks: [electionPeriodAlertsTask(options), petitionDeadlinesTask(options), transparencyCompletenessTask(options), accessibilityStatementFiguresTask(options)],
})
