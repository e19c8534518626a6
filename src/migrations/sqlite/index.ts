import * as migration_20261129_080835_initial from './20261129_080835_initial';

export const migrations = [
  {
    up: migration_20261129_080835_initial.up,
    down: migration_20261129_080835_initial.down,
    name: '20261129_080835_initial'
  },
];
