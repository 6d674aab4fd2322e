/**
 * since/until as the rows write them ("2003", "August 2012", "5 June 2013", "finais de novembro de
 * 2017", "second half of 2017") -> a model date as precise as the text: day, month or year. A
 * text naming several years, or none, gives undefined (the caller reports it).
 */
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janeiro: 1, fevereiro: 2, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

export function parseLooseDate(text: string): string | undefined {
  const t = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  if (t === '') return undefined;
  const years = t.match(/\b(1[89]\d\d|20\d\d)\b/g) ?? [];
  if (new Set(years).size !== 1) return undefined;
  const year = years[0]!;
  const words = t.split(/[^a-z0-9]+/);
  const monthWord = words.find((w) => w in MONTHS);
  if (!monthWord) return year;
  const month = MONTHS[monthWord]!;
  const day = /\b(\d{1,2})\s+(?:de\s+)?[a-z]+,?\s+(?:de\s+)?\d{4}\b/.exec(t)?.[1];
  return day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`;
}
