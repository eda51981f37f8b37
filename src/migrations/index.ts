import * as migration_20261128_160526_initial from './20261128_160526_initial';

export const migrations = [
  {
    up: migration_20261128_160526_initial.up,
    down: migration_20261128_160526_initial.down,
    name: '20261128_160526_initial'
  },
];
