/**
 * A synthetic graph with the real graph's shape, at a chosen number of relationships.
 *
 * Same node kinds, relationship types and directions as the curated graph (src/model/model.ts),
 * with similar degrees: every State ratifies a share of the binding instruments (popular ones
 * more), ratifications dominate (about 85% of relationships, as in the seed), categories form a
 * hierarchy under category:everyone with some second parents, instruments protect categories and
 * guarantee rights, bodies and agencies monitor instruments, agencies hold mandates, States are
 * members of RCPs and forums. Every fact carries a citation to a synthetic source.
 *
 * Node counts grow with the square root of the target (about 200 States and 100 instruments per
 * 11,210 relationships, the curated seed's size), so dense nodes get denser as the graph grows,
 * as a real one would.
 *
 * Per-State status as in the curated graph (the UN treaty status tables and the ILO lists): four
 * binding instruments in seven have status data, told by one to three dated data sets each (a
 * Source that COVERS the instrument, complete for three instruments in four), each data set
 * recording the consent (RATIFIED, often with its SIGNED) under its own edge key, so the same
 * State's consent told by two data sets is two edges. The status edges fill what the other relationships leave of the
 * target: at every scale there are at least as many status edges per (State × instrument with
 * status data) as in the seed (1.28: 7,838 edges, 197 States, 31 instruments).
 * Output is seed-format entries (the shape the seed files have), which the caller validates with
 * the project's own validator. Deterministic for a given seed.
 */
import type { RawEntry } from '../src/model/validate.js';

export interface SyntheticGraph {
  nodes: RawEntry[];
  /** Relationship entries, produced lazily: a 1M graph is validated and loaded batch by batch. */
  relationships(): Generator<RawEntry>;
  /** Ids the query mix draws its parameters from. */
  ids: {
    states: string[];
    bindingInstruments: string[];
    categories: string[];
    rights: string[];
  };
  /** Texts to search for, made of words and prefixes of generated names. */
  searchTexts: string[];
}

/** mulberry32: a small, fast, seeded PRNG (benchmarks must be repeatable). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'vi', 'na', 'mel', 'sa', 'tor', 'lu', 'ben', 'di', 'zar', 'qu', 'el', 'mo', 'ra', 'ti', 'gan', 'bo'];
const TOPICS = ['Protection', 'Rights', 'Status', 'Treatment', 'Welfare', 'Recruitment', 'Return', 'Integration', 'Labour', 'Residence'];
const GROUPS = [
  'Migrant Workers',
  'Refugees',
  'Stateless Persons',
  'Seafarers',
  'Domestic Workers',
  'Children',
  'Women',
  'Families',
  'Trafficked Persons',
  'Asylum Seekers',
];
const INSTRUMENT_WORDS = ['Convention', 'Protocol', 'Covenant', 'Declaration', 'Framework', 'Guidelines', 'Charter', 'Agreement'];
const BINDING_TYPES = ['treaty', 'protocol', 'optional-protocol', 'ilo-convention'] as const;
const SOFT_TYPES = ['declaration', 'framework', 'guidelines', 'principles', 'resolution'] as const;
const BODY_TYPES = ['treaty-body', 'subcommittee', 'charter-body', 'special-procedure', 'ilo-supervisory', 'working-group'] as const;
const ORG_TYPES = ['un-agency', 'un-fund-programme', 'igo', 'regional-organization'] as const;
const MONITOR_KINDS = ['treaty-body', 'supervisory', 'special-procedure', 'ilo-supervision'] as const;
const MANDATE_KINDS = ['protection', 'supervisory', 'operational', 'coordination'] as const;
const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];

/** The curated seed's relationships (docs/data-report.md), the size the per-seed counts below are for. */
const SEED_RELATIONSHIPS = 11_210;

/**
 * Per-State status data sets, as the seed's UN tables (2013-2015, 2022, 2026): every instrument
 * with a complete table has the latest, some also an older one (`share`); a partial list (the ILO
 * lists) is the only data set of the fourth instrument in four. `records`: the chance that a data
 * set lists a party's consent. Older tables miss some (data sets disagree, as in the seed); the
 * latest lists every party: a party it omitted would be superseded (known not party), which
 * @neo4j/graphql's `ratifications: { some }` filter cannot know, and the nested listing's 20
 * States would differ between the two APIs (seen: 2 of 8 answers at 10k). The supersession check
 * still runs on every State; it just finds nothing to supersede.
 */
const STATUS_DATA_SETS = [
  { id: 'source:bench-status-2026', key: 'bench-2026', asOf: '2026-02-03', share: 1, records: 1 },
  { id: 'source:bench-status-2022', key: 'bench-2022', asOf: '2022-08-25', share: 0.45, records: 0.9 },
  { id: 'source:bench-status-2015', key: 'bench-2015', asOf: '2015-12-31', share: 0.15, records: 0.9 },
] as const;
const PARTIAL_LIST = { id: 'source:bench-status-list', key: 'bench-list', asOf: '2020-10-05', share: 1, records: 1 } as const;
type StatusDataSet = (typeof STATUS_DATA_SETS)[number] | typeof PARTIAL_LIST;
/** A data set that records a ratification also records the signature before it this often. */
const SIGNED_WITH_CONSENT = 0.3;
/** Signed-only pairs, as a share of party pairs. */
const SIGNED_ONLY = 0.1;
const MAX_PARTY_SHARE = 0.95;

/** Counts of each kind for a target number of relationships (see the file comment). */
export function kindCounts(targetRelationships: number) {
  const k = Math.sqrt(targetRelationships / SEED_RELATIONSHIPS);
  const n = (perSeed: number, min: number) => Math.max(min, Math.round(perSeed * k));
  return {
    states: n(197, 8),
    instruments: n(98, 6),
    bodies: n(31, 3),
    orgs: n(36, 3),
    rcps: n(19, 2),
    forums: n(31, 2),
    categories: n(31, 5),
    rights: n(31, 3),
    sources: n(11, 2),
  };
}

export function generateSyntheticGraph(targetRelationships: number, seed = 1): SyntheticGraph {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = (parts: number) => {
    let w = '';
    for (let i = 0; i < parts; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const c = kindCounts(targetRelationships);
  const sources = Array.from({ length: c.sources }, (_, i) => `source:bench-${i + 1}`);
  const cite = (locator: string) => [{ source: pick(sources), locator }];
  const nodes: RawEntry[] = [];
  const add = (data: Record<string, unknown>) => nodes.push({ file: 'synthetic', index: nodes.length, data });
  const searchTexts: string[] = [];

  for (const id of sources) add({ id, title: `Synthetic source ${id.slice(7)}`, author: 'benchmark generator', date: '2020' });
  for (const set of [...STATUS_DATA_SETS, PARTIAL_LIST]) {
    add({ id: set.id, title: `Synthetic status table as of ${set.asOf}`, author: 'benchmark generator', date: set.asOf.slice(0, 4) });
  }

  const states = Array.from({ length: c.states }, (_, i) => {
    const code = `S${String(i).padStart(5, '0')}`;
    const name = `Republic of ${word(3)} ${i}`;
    // Prefixes of State names, as someone typing would search.
    if (i % 50 === 7) searchTexts.push(name.split(' ')[2]!.slice(0, 5).toLowerCase());
    add({
      id: `state:${code}`,
      name,
      iso2: code.slice(0, 2),
      iso3: code,
      region: pick(REGIONS),
      unMember: true,
      unStatus: 'member',
      citations: cite('list of States'),
    });
    return `state:${code}`;
  });

  const categories = ['category:everyone'];
  add({ id: 'category:everyone', name: 'Everyone', citations: cite('scope') });
  for (let i = 1; i < c.categories; i++) {
    const id = `category:c${i}`;
    const name = `${pick(GROUPS)} ${word(2)}`;
    add({ id, name, aliases: [`${word(2)} ${i}`], citations: cite(`category ${i}`) });
    categories.push(id);
  }
  const rights = Array.from({ length: c.rights }, (_, i) => {
    const id = `right:r${i}`;
    add({ id, name: `Right to ${pick(TOPICS).toLowerCase()} ${word(2).toLowerCase()}`, citations: cite(`right ${i}`) });
    return id;
  });

  const instruments: { id: string; binding: boolean; adopted: number; popularity: number }[] = [];
  for (let i = 0; i < c.instruments; i++) {
    const binding = random() < 0.6;
    const adopted = int(1948, 2015);
    const id = `instrument:i${i}`;
    const topic = pick(TOPICS);
    const group = pick(GROUPS);
    const name = `${pick(INSTRUMENT_WORDS)} on the ${topic} of ${group} ${word(2)} ${i}`;
    if (i % 20 === 3) searchTexts.push(`${topic} ${group.split(' ')[0]!.toLowerCase()}`);
    add({
      id,
      name,
      acronym: `I${i}${word(1).toUpperCase()}`,
      aliases: [`${topic} ${group} Convention ${i}`],
      type: binding ? pick(BINDING_TYPES) : pick(SOFT_TYPES),
      binding,
      scope: random() < 0.8 ? 'universal' : 'regional',
      adopted: String(adopted),
      citations: cite(`instrument ${i}`),
    });
    // Skewed popularity: a few instruments have most States as parties, many have few.
    instruments.push({ id, binding, adopted, popularity: 0.2 + 1.6 * random() ** 2 });
  }
  const bodies = Array.from({ length: c.bodies }, (_, i) => {
    const id = `body:b${i}`;
    add({ id, name: `Committee on ${pick(TOPICS)} ${word(2)} ${i}`, acronym: `B${i}`, type: pick(BODY_TYPES), citations: cite(`body ${i}`) });
    return id;
  });
  const orgs = Array.from({ length: c.orgs }, (_, i) => {
    const id = `org:o${i}`;
    add({ id, name: `${word(2)} Agency for ${pick(GROUPS)} ${i}`, acronym: `O${i}`, type: pick(ORG_TYPES), citations: cite(`organisation ${i}`) });
    return id;
  });
  const rcps = Array.from({ length: c.rcps }, (_, i) => {
    const id = `rcp:p${i}`;
    add({ id, name: `${word(2)} Process ${i}`, region: pick(REGIONS), citations: cite(`process ${i}`) });
    return id;
  });
  const forums = Array.from({ length: c.forums }, (_, i) => {
    const id = `forum:f${i}`;
    add({ id, name: `${word(2)} Forum on Migration ${i}`, type: 'forum', citations: cite(`forum ${i}`) });
    return id;
  });
  for (let i = 0; i < Math.ceil(c.instruments / 3); i++) {
    const about = instruments[i]!.id;
    add({ id: `status:s${i}`, name: `Parties to ${about}`, measure: 'parties', value: int(1, 190), asOf: '2020', about, citations: cite(`figure ${i}`) });
  }

  // Status data: four binding instruments in seven (the seed: 31 of 54), each told by its data sets.
  const binding = instruments.filter((i) => i.binding);
  const withStatus = binding
    .filter((_, k) => k % 7 < 4)
    .map((inst, k) => ({
      ...inst,
      dataSets: (k % 4 === 3 ? [PARTIAL_LIST] : STATUS_DATA_SETS.filter((d) => d.share === 1 || random() < d.share)) as StatusDataSet[],
    }));
  // Status edges fill what the other relationships leave of the target. Expected counts of the
  // other relationships, from the degrees drawn below (COVERS: one per data set and instrument).
  const covers = withStatus.reduce((n, i) => n + i.dataSets.length, 0);
  const other = 1.15 * c.categories + 4.6 * c.instruments + 1.3 * c.bodies + 2 * c.orgs + 0.8 * c.rcps + 0.6 * c.forums + c.states + covers;
  const partyShare = solvePartyShare(withStatus, c.states, Math.max(0, targetRelationships - other));
  const generatorSeed = int(1, 2 ** 30);

  function* relationships(): Generator<RawEntry> {
    const r = rng(generatorSeed);
    const rInt = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const rPick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
    const rCite = (locator: string) => [{ source: rPick(sources), locator }];
    let index = 0;
    const edge = (data: Record<string, unknown>): RawEntry => ({ file: 'synthetic', index: index++, data });
    const distinct = <T>(list: readonly T[], n: number): T[] => {
      const chosen = new Set<T>();
      while (chosen.size < Math.min(n, list.length)) chosen.add(rPick(list));
      return [...chosen];
    };

    // Category hierarchy: a tree under "everyone" (depth at most 4) plus some second parents.
    const depth = new Map([['category:everyone', 0]]);
    for (let i = 1; i < categories.length; i++) {
      const id = categories[i]!;
      const shallower = categories.slice(0, i).filter((p) => depth.get(p)! < 4);
      const parents = distinct(shallower, r() < 0.15 ? 2 : 1);
      depth.set(id, 1 + Math.min(...parents.map((p) => depth.get(p)!)));
      for (const p of parents) yield edge({ type: 'SUBCATEGORY_OF', from: id, to: p, citations: rCite('hierarchy') });
    }
    for (const inst of instruments) {
      for (const cat of distinct(categories.slice(1), rInt(1, 2))) {
        yield edge({ type: 'PROTECTS', from: inst.id, to: cat, articles: [`art. ${rInt(1, 40)}`], citations: rCite('scope article') });
      }
      for (const right of distinct(rights, rInt(1, 3))) {
        yield edge({ type: 'GUARANTEES', from: inst.id, to: right, articles: [`art. ${rInt(1, 90)}`], citations: rCite('rights article') });
      }
      for (const monitor of distinct([...bodies, ...bodies, ...bodies, ...orgs], rInt(0, 2))) {
        yield edge({ type: 'MONITORS', from: monitor, to: inst.id, kind: rPick(MONITOR_KINDS), procedures: ['reporting'], citations: rCite('monitoring') });
      }
      const earlier = instruments.filter((o) => o.adopted < inst.adopted);
      if (earlier.length > 0 && r() < 0.1) yield edge({ type: 'SUPPLEMENTS', from: inst.id, to: rPick(earlier).id, citations: rCite('supplement') });
    }
    for (const body of bodies) {
      if (r() < 0.7) yield edge({ type: 'ESTABLISHED_BY', from: body, to: rPick(instruments).id, citations: rCite('establishment') });
      if (r() < 0.4) yield edge({ type: 'PART_OF', from: body, to: rPick(orgs), citations: rCite('structure') });
      if (r() < 0.2) yield edge({ type: 'HAS_MANDATE', from: body, to: rPick(rights), kind: 'supervisory', citations: rCite('mandate') });
    }
    for (const org of orgs) {
      const subjects = distinct([...categories.slice(1), ...rights], rInt(1, 2));
      for (const s of subjects) yield edge({ type: 'HAS_MANDATE', from: org, to: s, kind: rPick(MANDATE_KINDS), citations: rCite('mandate') });
      if (r() < 0.5) yield edge({ type: 'MEMBER_OF', from: org, to: rPick(forums), role: 'member', citations: rCite('membership') });
    }
    for (const rcp of rcps) {
      if (r() < 0.6) yield edge({ type: 'SECRETARIAT_OF', from: rPick(orgs), to: rcp, citations: rCite('secretariat') });
      if (r() < 0.2) yield edge({ type: 'HOSTED_BY', from: rcp, to: rPick(states), citations: rCite('host') });
    }
    for (const forum of forums) {
      if (r() < 0.4) yield edge({ type: 'HOSTED_BY', from: forum, to: rPick(states), citations: rCite('host') });
      const others = forums.filter((f) => f !== forum);
      if (others.length > 0 && r() < 0.2) yield edge({ type: 'PART_OF', from: forum, to: rPick(others), citations: rCite('structure') });
    }
    for (const state of states) {
      for (const group of distinct([...rcps, ...forums], rInt(0, 2))) {
        yield edge({ type: 'MEMBER_OF', from: state, to: group, role: 'member', citations: rCite('membership') });
      }
      for (const inst of withStatus) {
        const p = Math.min(MAX_PARTY_SHARE, partyShare * inst.popularity);
        const roll = r();
        if (roll >= p * (1 + SIGNED_ONLY)) continue;
        const party = roll < p;
        // Dates no later than the oldest table's asOf, so every table could list the consent.
        const year = rInt(inst.adopted, 2015);
        const action = rPick(['ratification', 'accession', 'ratification', 'succession']);
        for (const set of inst.dataSets) {
          if (r() >= set.records) continue;
          const citations = [{ source: set.id, locator: `${inst.id} table, ${state}` }];
          if (!party || r() < SIGNED_WITH_CONSENT) {
            yield edge({ type: 'SIGNED', from: state, to: inst.id, key: set.key, date: String(rInt(inst.adopted, year)), asOf: set.asOf, citations });
          }
          if (party) {
            yield edge({
              type: 'RATIFIED',
              from: state,
              to: inst.id,
              key: set.key,
              action,
              date: String(year),
              datePrecision: 'year',
              asOf: set.asOf,
              citations,
            });
          }
        }
      }
    }
    // Each data set declares what it covers, as the curated data sets do (docs/model.md): a
    // complete table makes every State it does not list known not party (the coverage and
    // supersession checks run on every State); a partial list leaves them unknown.
    for (const inst of withStatus) {
      for (const set of inst.dataSets) {
        yield edge({
          type: 'COVERS',
          from: set.id,
          to: inst.id,
          complete: set !== PARTIAL_LIST,
          participants: 'all',
          asOf: set.asOf,
          citations: rCite('coverage'),
        });
      }
    }
  }

  return {
    nodes,
    relationships,
    ids: { states, bindingInstruments: binding.map((i) => i.id), categories, rights },
    searchTexts,
  };
}

/**
 * The share of States party to an instrument of average popularity such that the expected status
 * edges (RATIFIED, SIGNED with them, signed-only) come to `budget`; bisection, because each
 * instrument's share is capped.
 */
function solvePartyShare(instruments: { popularity: number; dataSets: readonly StatusDataSet[] }[], states: number, budget: number): number {
  const expected = (share: number) =>
    instruments.reduce((sum, inst) => {
      const p = Math.min(MAX_PARTY_SHARE, share * inst.popularity);
      const records = inst.dataSets.reduce((n, d) => n + d.records, 0);
      const signedOnly = Math.min(p * SIGNED_ONLY, 1 - p);
      return sum + states * (p * records * (1 + SIGNED_WITH_CONSENT) + signedOnly * records);
    }, 0);
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (expected(mid) < budget) lo = mid;
    else hi = mid;
  }
  return lo;
}
