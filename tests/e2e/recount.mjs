// An independent recount of figures 1.3.4–1.3.6 from Epoch AI's notable-models dataset, written
// from the rules of src/data/README.md (never from the Rust code): models published 2003–2023; a
// model counts once for each country of its organizations (names mapped by country_codes.csv,
// "Multinational" and empty names have no code); sector from the set of distinct values of
// `organization_categorization`; training compute in petaFLOP = FLOP / 1e15.
import { csv } from './harness.mjs';

/** The report's span for these figures (README: "Figures 1.3.4–1.3.6 cover 2003–2023"). */
export const EPOCH_SPAN = [2003, 2023];

const countryRows = csv('epoch/country_codes.csv');
const codeOf = Object.fromEntries(countryRows.map((c) => [c.source_name, c.code]));
/** Country code → { name_en, name_zh }. */
export const countryNames = Object.fromEntries(countryRows.filter((c) => c.code).map((c) => [c.code, { en: c.name_en, zh: c.name_zh }]));

/** Sector codes and English names, as the README lists them (the English names capitalised). */
export const SECTORS = [
  ['industry', 'Industry'], ['academia', 'Academia'], ['industry_academia_collab', 'Industry–academia collaboration'],
  ['government', 'Government'], ['research_collective', 'Research collective'], ['other_collab', 'Other collaboration'],
  ['unknown', 'Unknown'],
];

/** The README's sector rule on the set of distinct organization categories. */
export function sectorOf(categorization) {
  const set = [...new Set(categorization.split(',').map((s) => s.trim()).filter(Boolean))].sort();
  const key = set.join('|');
  if (key === '') return 'unknown';
  if (key === 'Industry') return 'industry';
  if (key === 'Academia') return 'academia';
  if (key === 'Academia|Industry') return 'industry_academia_collab';
  if (key === 'Government') return 'government';
  if (key === 'Research collective') return 'research_collective';
  return 'other_collab';
}

const num = (s) => (s === '' || s === undefined ? null : Number(s));

/** Every model of the dataset with its year, country codes, sector and measures. */
export const allModels = csv('epoch/notable_ai_models.csv').map((m) => ({
  name: m.model,
  organization: m.organization,
  date: m.publication_date,
  year: Number(m.publication_date.slice(0, 4)),
  codes: [...new Set(m.country.split(',').map((c) => codeOf[c.trim()]).filter(Boolean))],
  sector: sectorOf(m.organization_categorization),
  parameters: num(m.parameters),
  flop: num(m.training_compute_flop),
  petaflop: num(m.training_compute_flop) === null ? null : Number(m.training_compute_flop) / 1e15,
  costCloud: num(m.training_compute_cost_cloud_usd),
}));

/** Models published in [from, to] (inclusive years). */
export const modelsIn = (from = EPOCH_SPAN[0], to = EPOCH_SPAN[1]) => allModels.filter((m) => m.year >= from && m.year <= to);

/** 1.3.4: country code → number of models of [from, to]. */
export function countsByCountry(from, to) {
  const counts = {};
  for (const m of modelsIn(from, to)) for (const c of m.codes) counts[c] = (counts[c] || 0) + 1;
  return counts;
}

/** 1.3.5 (`parameters`) and 1.3.6 (`petaflop`): sector code → models of [from, to] with that measure. */
export function bySector(measure, from, to) {
  const out = {};
  for (const m of modelsIn(from, to)) {
    if (m[measure] === null) continue;
    (out[m.sector] ||= []).push(m);
  }
  return out;
}

/** The measure a recomputed scatter figure plots, from its unit (figures.csv). */
export const measureOf = (fig) => (fig.unit_en.toLowerCase().includes('flop') ? 'petaflop' : 'parameters');

/** `x` rounded to 3 significant digits (how dataset estimates are shown on screen). */
export const sig3 = (x) => Number(x.toPrecision(3));

/** The values `x` may show as at 3 significant digits: the nearest, or at an exact tie (1.085e12)
 * either neighbour (round half up, or half to even as ISO 80000-1 has it). */
export function sig3Shown(x) {
  const e = Math.floor(Math.log10(Math.abs(x))) - 2;
  const unit = 10 ** e;
  const lo = Math.floor(x / unit) * unit;
  const hi = lo + unit;
  const tie = Math.abs(x - (lo + hi) / 2) <= 1e-9 * Math.abs(x);
  return tie ? [Number(lo.toPrecision(3)), Number(hi.toPrecision(3))] : [sig3(x)];
}

/** Relative closeness for float values. */
export const close = (a, b, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-300);
