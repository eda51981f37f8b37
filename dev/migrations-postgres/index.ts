import * as migration_20261206_120942_initial from './20261206_120942_initial';
import * as migration_20261206_142638_fact_check_language from './20261206_142638_fact_check_language';

export const migrations = [
  {
    up: migration_20261206_120942_initial.up,
    down: migration_20261206_120942_initial.down,
    name: '20261206_120942_initial',
  },
  {
    up: migration_20261206_142638_fact_check_language.up,
    down: migration_20261206_142638_fact_check_language.down,
    name: '20261206_142638_fact_check_language'
  },
];
