/**
 * The map's controls: what to show (one instrument's status, or a count over chosen instruments),
 * which instrument(s), and an as-of slider over the years the dated acts span. The slider's last
 * step is "latest data" (no asOf: undated acts count too, as in ratificationStatus).
 */
import type { InstrumentOption } from './map-data.js';

export type MapChoice = { mode: 'status'; instrument: string; asOf?: string } | { mode: 'count'; instruments: string[]; asOf?: string };

export interface MapControls {
  element: HTMLElement;
  /** Sets the slider's range from the dated acts shown (partial ISO dates) and the data's date. */
  setYears(dates: (string | null)[], dataAsOf: string | null): void;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(document.createTextNode(`${text} `), control);
  return label;
}

export function mapControls(
  instruments: InstrumentOption[],
  firstInstrument: string,
  countDefaults: string[],
  changed: (choice: MapChoice) => void,
): MapControls {
  const name = (i: InstrumentOption) => (i.acronym ? `${i.acronym}: ${i.name}` : i.name);
  const mode = Object.assign(document.createElement('select'), { id: 'map-mode' });
  mode.append(new Option("one instrument's status per State", 'status'), new Option('number of chosen instruments a State is party to', 'count'));
  const single = Object.assign(document.createElement('select'), { id: 'map-instrument' });
  single.append(...instruments.map((i) => new Option(name(i), i.id)));
  single.value = firstInstrument;
  const multiple = Object.assign(document.createElement('select'), { id: 'map-instruments', multiple: true, size: 5 });
  multiple.append(...instruments.map((i) => new Option(name(i), i.id, false, countDefaults.includes(i.id))));
  const slider = Object.assign(document.createElement('input'), { id: 'map-asof', type: 'range', step: '1' });
  const shown = Object.assign(document.createElement('output'), { id: 'map-asof-label' });

  const singleLabel = labelled('Instrument', single);
  const multipleLabel = labelled('Instruments (Ctrl/Cmd-click to choose several)', multiple);
  const sliderLabel = labelled('As of', slider);
  sliderLabel.append(shown);
  multipleLabel.hidden = true;
  const element = Object.assign(document.createElement('div'), { id: 'map-controls' });
  element.append(labelled('Show', mode), singleLabel, multipleLabel, sliderLabel);

  const asOf = (): string | undefined => (slider.value === slider.max || slider.disabled ? undefined : slider.value);
  const label = () => (shown.textContent = asOf() ? `end of ${asOf()}` : 'latest data');
  const choice = (): MapChoice =>
    mode.value === 'status'
      ? { mode: 'status', instrument: single.value, asOf: asOf() }
      : { mode: 'count', instruments: [...multiple.selectedOptions].map((o) => o.value), asOf: asOf() };

  mode.addEventListener('change', () => {
    singleLabel.hidden = mode.value !== 'status';
    multipleLabel.hidden = mode.value === 'status';
    changed(choice());
  });
  single.addEventListener('change', () => changed(choice()));
  multiple.addEventListener('change', () => changed(choice()));
  slider.addEventListener('input', label);
  slider.addEventListener('change', () => {
    slider.dataset.touched = 'yes';
    changed(choice());
  });

  return {
    element,
    setYears(dates, dataAsOf) {
      const years = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
      if (dataAsOf) years.push(Number(dataAsOf.slice(0, 4)));
      const latest = years.length ? Math.max(...years) : NaN;
      const first = years.length ? Math.min(...years) : NaN;
      // Read before the range changes: the browser clamps the value when min or max move.
      const wasLatest = slider.disabled || slider.value === slider.max || !slider.dataset.touched;
      const previous = Number(slider.value);
      slider.disabled = !(first < latest);
      sliderLabel.title = slider.disabled ? 'No dated acts held for this choice' : '';
      if (!slider.disabled) {
        slider.max = String(latest);
        slider.min = String(first);
        slider.value = String(wasLatest || previous < first || previous > latest ? latest : previous);
      }
      label();
    },
  };
}
