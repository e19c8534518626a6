import * as migration_20261129_072536_initial from './20261129_072536_initial';

export const migrations = [
  {
    up: migration_20261129_072536_initial.up,
    down: migration_20261129_072536_initial.down,
    name: '20261129_072536_initial'
  },
];
