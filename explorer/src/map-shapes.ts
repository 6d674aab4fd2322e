/**
 * Country shapes for the map: Natural Earth 1:110m from the `world-atlas` package (bundled into
 * the page, nothing fetched), matched to State nodes by ISO 3166-1 code. world-atlas names its
 * shapes by numeric code; `i18n-iso-countries` turns that into the alpha-3 code State nodes carry
 * (iso3). A few shapes have no code (Kosovo, N. Cyprus, Somaliland): matched by exact State name
 * when one exists, otherwise drawn as territory without a State. States too small for the 1:110m
 * set (about thirty islands and microstates) have no shape: the map lists them below.
 */
import type { Feature, Geometry } from 'geojson';
import { numericToAlpha3 } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { MapState } from './map-data.js';

export interface CountryShape {
  feature: Feature<Geometry, { name: string }>;
  /** The State drawn by this shape; null for territories that are not a State in the graph */
  stateId: string | null;
}

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Every shape of the atlas, each with its State when one matches. */
export function countryShapes(states: MapState[]): CountryShape[] {
  const byIso3 = new Map(states.map((s) => [s.iso3, s.id]));
  const byName = new Map(states.map((s) => [s.name, s.id]));
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((f) => {
    const iso3 = f.id === undefined ? undefined : numericToAlpha3(String(f.id));
    const stateId = (iso3 ? byIso3.get(iso3) : byName.get(f.properties.name)) ?? null;
    return { feature: f as Feature<Geometry, { name: string }>, stateId };
  });
}
