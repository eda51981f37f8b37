import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { createElectionPeriodsCollection } from './collections/ElectionPeriods/index.js'
import { createPetitionsCollection } from './collections/Petitions/index.js'
import { createTransparencyItemsCollection } from './collections/TransparencyItems/index.js'
import { classifiedIndexEndpoint } from './endpoints/classifiedIndex.js'
import { filePetitionEndpoint } from './endpoints/filePetition.js'
import { transparencyTreeEndpoint } from './endpoints/transparencyTree.js'
import { electionPeriodAlertsTask } from './tasks/electionPeriodAlerts.js'
import { petitionDeadlinesTask } from './tasks/petitionDeadlines.js'

/**
 * The Colombian public-sector duties of issue 18 as rules the software runs: election periods
 * (Ley 996/2005), the transparency menu (Res. 1519/2020 Anexo 2), classification (Ley 1712/2014), petitions (Ley 1755/2015), sign language
 * (Ley 982/2005). Their approval checks run in the checks' gate; their fields on requests,
 * contents and archive assets are added by those collections (see each import there).
 */
export const complianceFeature = (options: ResolvedOptions): FeaturePart => ({
  collections: [createElectionPeriodsCollection(options), createPetitionsCollection(options), createTransparencyItemsCollection(options)],
  endpoints: [filePetitionEndpoint(options), transparencyTreeEndpoint(options), classifiedIndexEndpoint()],
  tasks: [electionPeriodAlertsTask(options), petitionDeadlinesTask(options)],
})
