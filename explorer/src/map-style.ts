/**
 * How the map draws a status: four styles that differ in colour *and* pattern, so "unknown"
 * (hatched, "no data") can never be read as "not party" (solid coral), also in greyscale.
 * The SVG patterns are defined once per map (mapDefs).
 */
import type { MapStatus } from './map-status.js';

export const STATUS_STYLE: Record<MapStatus, { fill: string; label: string }> = {
  PARTY: { fill: '#1f5fa8', label: 'party (date in the tooltip)' },
  SIGNED_ONLY: { fill: '#f2b134', label: 'signed, not party' },
  NOT_PARTY: { fill: '#e07a5f', label: 'known not party' },
  UNKNOWN: { fill: 'url(#map-no-data)', label: 'no data (unknown, not "no")' },
};

/** Territories in the atlas that are not States in the graph (Greenland, Antarctica...). */
export const NO_STATE_FILL = '#f3f3f3';

const SVG = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
}

/** A hatch over a background colour: unknown (over white) and "some unknown" in count mode. */
export function hatchPattern(id: string, background: string): SVGPatternElement {
  const pattern = svgEl('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(svgEl('rect', { width: 6, height: 6, fill: background }), svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8a8f99', 'stroke-width': 2 }));
  return pattern;
}

/** Colour for "party to k of n chosen instruments": light (0) to dark blue (n). */
export function countColour(k: number, n: number): string {
  const t = n === 0 ? 0 : k / n;
  const from = [0xee, 0xf3, 0xfa];
  const to = [0x08, 0x30, 0x6b];
  const channel = (i: number) => Math.round(from[i]! + (to[i]! - from[i]!) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}
