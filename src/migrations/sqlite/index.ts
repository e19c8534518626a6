import * as migration_20261129_084034_initial from './20261129_084034_initial';

export const migrations = [
  {
    up: migration_20261129_084034_initial.up,
    down: migration_20261129_084034_initial.down,
    name: '20261129_084034_initial'
  },
];
