import * as migration_20261206_120942_initial from './20261206_120942_initial';
import * as migration_20261206_142638_fact_check_language from './20261206_142638_fact_check_language';
import * as migration_20261206_143004_measurement_note_keys from './20261206_143004_measurement_note_keys';

export const migrations = [
  {
    up: migration_20261206_120942_initial.up,
    down: migration_20261206_120942_initial.down,
    name: '20261206_120942_initial',
  },
  {
    up: migration_20261206_142638_fact_check_language.up,
    down: migration_20261206_142638_fact_check_language.down,
    name: '20261206_142638_fact_check_language',
  },
  {
    up: migration_20261206_143004_measurement_note_keys.up,
    down: migration_20261206_143004_measurement_note_keys.down,
    name: '20261206_143004_measurement_note_keys'
  },
];
