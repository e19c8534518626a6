import type { ZoneType } from '../plu/cnigCodes'

/**
 * Zone colours after the CNIG symbolisation recommendations (DDU-SG5-SYMBOLISATION): urban red,
 * to-be-urbanised pink to orange, agricultural yellow, natural green. Fills are drawn translucent
 * with a darker outline; the legend names each colour, so colour is never the only clue.
 */
export const ZONE_COLOURS: Record<ZoneType, { fill: string; stroke: string; name: string }> = {
  U: { fill: '#e60000', stroke: '#8c0000', name: 'rouge' },
  AUc: { fill: '#ff6565', stroke: '#b23c3c', name: 'rose' },
  AUs: { fill: '#ffa54f', stroke: '#a35a14', name: 'orange' },
  A: { fill: '#ffff00', stroke: '#8c8c00', name: 'jaune' },
  N: { fill: '#56aa02', stroke: '#2f5e01', name: 'vert' },
}

export const ZONE_TYPE_ORDER: ZoneType[] = ['U', 'AUc', 'AUs', 'A', 'N']
