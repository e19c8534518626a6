/** Where the map opens when no entry has a position: the demo town's centre, [latitude, longitude]. */
export const DEFAULT_MAP_CENTRE: [number, number] = [47.6872, -2.7333]
