import * as migration_20261206_120942_initial from './20261206_120942_initial';

export const migrations = [
  {
    up: migration_20261206_120942_initial.up,
    down: migration_20261206_120942_initial.down,
    name: '20261206_120942_initial'
  },
];
