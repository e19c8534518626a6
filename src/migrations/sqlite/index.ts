import * as migration_20261129_084731_initial from './20261129_084731_initial';

export const migrations = [
  {
    up: migration_20261129_084731_initial.up,
    down: migration_20261129_084731_initial.down,
    name: '20261129_084731_initial'
  },
];
