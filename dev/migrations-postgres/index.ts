import * as migration_20261206_105810_initial from './20261206_105810_initial';

export const migrations = [
  {
    up: migration_20261206_105810_initial.up,
    down: migration_20261206_105810_initial.down,
    name: '20261206_105810_initial'
  },
];
