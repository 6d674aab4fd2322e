/**
 * The world map view: a choropleth of one instrument's status per State (party with its date,
 * signed, known not party, unknown — four styles, map-style.ts), or of how many of the chosen
 * instruments each State is party to; an as-of slider; click a country for its profile. States
 * without a shape in the 1:110m atlas are listed under the map with the same styles.
 * Every path carries data-state and data-status (or data-count), which the browser test reads.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { instrumentStatus, mapInstruments, mapStates, partiesAsOf, type AsOfData, type InstrumentStatusData, type MapState } from './map-data.js';
import { countryShapes, type CountryShape } from './map-shapes.js';
import { countsDisagree, statusByState, type StateStatus } from './map-status.js';
import { countColour, hatchPattern, NO_STATE_FILL, STATUS_STYLE, svgEl } from './map-style.js';
import { mapControls, type MapControls } from './map-controls.js';

export interface MapView {
  /** Resolves when the first picture is drawn. */
  ready: Promise<void>;
  /** Draws an instrument's status (asOf: a year, or undefined for the latest data). */
  showStatus(instrument: string, asOf?: string): Promise<void>;
  /** Draws, per State, the number of the instruments it is party to. */
  showCount(instruments: string[], asOf?: string): Promise<void>;
}

const WIDTH = 960;
const HEIGHT = 480;
/** The migration instruments: the count mode's first choice. */
export const MIGRATION_INSTRUMENTS = [
  'instrument:icrmw',
  'instrument:refugee-convention',
  'instrument:refugee-protocol',
  'instrument:statelessness-convention-1954',
  'instrument:trafficking-protocol',
  'instrument:smuggling-protocol',
  'instrument:ilo-c097',
  'instrument:ilo-c143',
];

/** The mode's data attributes, replacing the other mode's (status, count, unknown). */
function setData(element: HTMLElement | SVGElement, attrs: Record<string, string>): void {
  for (const key of ['status', 'count', 'unknown']) delete element.dataset[key];
  Object.assign(element.dataset, attrs);
}

export function createMap(container: HTMLElement, onPickState: (stateId: string) => void, firstInstrument: string): MapView {
  const statusCache = new Map<string, Promise<InstrumentStatusData>>();
  const asOfCache = new Map<string, Promise<AsOfData>>();
  const load = (id: string) => statusCache.get(id) ?? statusCache.set(id, instrumentStatus(id)).get(id)!;
  const loadAsOf = (id: string, asOf: string) => {
    const key = `${id}|${asOf}`;
    return asOfCache.get(key) ?? asOfCache.set(key, partiesAsOf(id, asOf)).get(key)!;
  };

  let states: MapState[] = [];
  let shapes: CountryShape[] = [];
  let controls: MapControls;
  const svg = svgEl('svg', { id: 'map-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'World map' });
  const summary = Object.assign(document.createElement('p'), { id: 'map-summary' });
  const warning = Object.assign(document.createElement('p'), { id: 'map-warning', hidden: true });
  const legend = Object.assign(document.createElement('div'), { id: 'map-legend' });
  const unshapedTitle = Object.assign(document.createElement('h3'), { textContent: 'States without a shape on this map (too small for the 1:110m atlas)' });
  const unshaped = Object.assign(document.createElement('ul'), { id: 'map-unshaped' });

  function drawShapes(): void {
    const projection = geoEqualEarth().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection);
    const defs = svgEl('defs');
    defs.append(hatchPattern('map-no-data', '#ffffff'));
    svg.replaceChildren(defs, svgEl('path', { d: path({ type: 'Sphere' }) ?? '', class: 'map-sphere' }));
    for (const shape of shapes) {
      const element = svgEl('path', { d: path(shape.feature) ?? '', class: shape.stateId ? 'country' : 'country no-state' });
      const title = svgEl('title');
      element.append(title);
      if (shape.stateId) {
        element.dataset.state = shape.stateId;
        element.addEventListener('click', () => onPickState(shape.stateId!));
      } else {
        element.setAttribute('fill', NO_STATE_FILL);
        title.textContent = `${shape.feature.properties.name}: not a State in the graph`;
      }
      svg.append(element);
    }
  }

  const stateName = new Map<string, string>();
  const shaped = () => new Set(shapes.map((s) => s.stateId).filter((id): id is string => id !== null));

  /** Fills every State's path (and its row in the list of States without a shape). */
  function paint(fill: (id: string) => { fill: string; text: string; attrs: Record<string, string> }): void {
    svg.querySelectorAll<SVGPathElement>('path[data-state]').forEach((element) => {
      const id = element.dataset.state!;
      const f = fill(id);
      element.setAttribute('fill', f.fill);
      setData(element, f.attrs);
      element.querySelector('title')!.textContent = `${stateName.get(id)}: ${f.text}`;
    });
    const drawn = shaped();
    unshaped.replaceChildren(
      ...states
        .filter((s) => !drawn.has(s.id))
        .map((s) => {
          const f = fill(s.id);
          const li = document.createElement('li');
          li.dataset.state = s.id;
          setData(li, f.attrs);
          const swatch = svgEl('svg', { width: 12, height: 12 });
          swatch.append(svgEl('rect', { width: 12, height: 12, fill: f.fill, stroke: '#667' }));
          li.append(swatch, document.createTextNode(` ${s.name}: ${f.text}`));
          li.addEventListener('click', () => onPickState(s.id));
          return li;
        }),
    );
  }

  function legendItems(items: { fill: string; label: string }[]): void {
    legend.replaceChildren(
      ...items.map((item) => {
        const span = document.createElement('span');
        const swatch = svgEl('svg', { width: 14, height: 14 });
        swatch.append(svgEl('rect', { width: 14, height: 14, fill: item.fill, stroke: '#667' }));
        span.append(swatch, document.createTextNode(` ${item.label}`));
        return span;
      }),
    );
  }

  function warn(problems: string[]): void {
    warning.hidden = problems.length === 0;
    warning.textContent = problems.length ? `The map's tally differs from ratificationStatus (${problems.join('; ')}): please report this.` : '';
  }

  async function statuses(
    instrument: string,
    asOf: string | undefined,
  ): Promise<{ data: InstrumentStatusData; byState: Map<string, StateStatus>; problems: string[] }> {
    const data = await load(instrument);
    const at = asOf ? await loadAsOf(instrument, asOf) : undefined;
    const byState = statusByState(
      states.map((s) => s.id),
      data,
      at,
    );
    return { data, byState, problems: countsDisagree(byState, at ? at.counts : data.counts, Boolean(at)) };
  }

  // Each choice supersedes the ones before it: a slower, older answer arriving last must not
  // repaint the map over the newer one (e.g. the 8 default instruments after the 2 just chosen).
  let latestChoice = 0;

  async function showStatus(instrument: string, asOf?: string): Promise<void> {
    const choice = ++latestChoice;
    summary.textContent = 'Loading…';
    const { data, byState, problems } = await statuses(instrument, asOf);
    if (choice !== latestChoice) return;
    controls.setYears(data.parties.map((p) => p.date).concat(data.signatures.map((s) => s.date)), data.statusAsOf);
    paint((id) => {
      const s = byState.get(id)!;
      return { fill: STATUS_STYLE[s.status].fill, text: s.detail, attrs: { status: s.status } };
    });
    legendItems(Object.values(STATUS_STYLE));
    const count = (status: string) => [...byState.values()].filter((s) => s.status === status).length;
    summary.textContent =
      `${data.instrument.acronym ?? data.instrument.name}, ${asOf ? `at the end of ${asOf}` : `latest data${data.statusAsOf ? ` (complete table of ${data.statusAsOf})` : ''}`}: ` +
      `${count('PARTY')} party, ${count('SIGNED_ONLY')} signed only, ${count('NOT_PARTY')} known not party, ${count('UNKNOWN')} no data.`;
    warn(problems);
  }

  async function showCount(instruments: string[], asOf?: string): Promise<void> {
    const choice = ++latestChoice;
    summary.textContent = 'Loading…';
    const results = await Promise.all(instruments.map((id) => statuses(id, asOf)));
    if (choice !== latestChoice) return;
    controls.setYears(
      results.flatMap((r) => r.data.parties.map((p) => p.date)),
      null,
    );
    const n = instruments.length;
    const defs = svg.querySelector('defs')!;
    defs.querySelectorAll('pattern.some-unknown').forEach((p) => p.remove());
    for (let k = 0; k <= n; k += 1) {
      const pattern = hatchPattern(`map-count-${k}-some-unknown`, countColour(k, n));
      pattern.classList.add('some-unknown');
      defs.append(pattern);
    }
    paint((id) => {
      const each = results.map((r) => r.byState.get(id)!);
      const party = each.filter((s) => s.status === 'PARTY').length;
      const unknown = each.filter((s) => s.status === 'UNKNOWN').length;
      const text = `party to ${party} of ${n}${unknown ? ` (no data for ${unknown}: at least ${party})` : ''}`;
      const fill = unknown === n ? STATUS_STYLE.UNKNOWN.fill : unknown ? `url(#map-count-${party}-some-unknown)` : countColour(party, n);
      return { fill, text, attrs: { count: String(party), unknown: String(unknown) } };
    });
    legendItems([
      ...Array.from({ length: n + 1 }, (_, k) => ({ fill: countColour(k, n), label: String(k) })),
      { fill: `url(#map-count-0-some-unknown)`, label: 'hatched: no data for some (a lower bound)' },
      { fill: STATUS_STYLE.UNKNOWN.fill, label: 'no data for any' },
    ]);
    summary.textContent = `Number of these ${n} instruments each State is party to, ${asOf ? `at the end of ${asOf}` : 'latest data'}.`;
    warn(results.flatMap((r) => r.problems.map((p) => `${r.data.instrument.acronym ?? r.data.instrument.id}: ${p}`)));
  }

  async function start(): Promise<void> {
    const [loadedStates, instruments] = await Promise.all([mapStates(), mapInstruments()]);
    states = loadedStates;
    states.forEach((s) => stateName.set(s.id, s.name));
    shapes = countryShapes(states);
    controls = mapControls(
      instruments,
      firstInstrument,
      MIGRATION_INSTRUMENTS,
      (choice) => void (choice.mode === 'status' ? showStatus(choice.instrument, choice.asOf) : showCount(choice.instruments, choice.asOf)).catch(fail),
    );
    container.replaceChildren(controls.element, summary, warning, svg, legend, unshapedTitle, unshaped);
    drawShapes();
    await showStatus(firstInstrument);
  }

  function fail(error: unknown): void {
    summary.textContent = `The map could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
  }

  const ready = start().catch((error) => {
    fail(error);
    throw error;
  });
  return { ready, showStatus, showCount };
}
