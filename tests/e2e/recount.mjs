// An independent recount of the figures drawn from open datasets, written from the rules of
// src/data/README.md and issue 8 (never from the Rust code): Epoch AI's notable models for
// 1.3.1–1.3.7 and 1.3.21–1.3.23, the Ecosystem Graphs snapshot for 1.3.13–1.3.20. Epoch: models
// published 2003–2023; a model counts once for each country of its organizations (names mapped
// by country_codes.csv, "Multinational" and empty names have no code); EU+UK once if any of its
// countries is EU27 or the UK; sector from the set of distinct values of
// `organization_categorization`; training compute in petaFLOP = FLOP / 1e15; domain: its one
// domain, or "Several domains" when Epoch lists several. Ecosystem Graphs: models created
// 2019–2023; countries and sectors from organization_map.csv (the model's `organization` is one
// row there); a model counts once per country, once per organization named in `organization`
// (split at commas).
import { csv } from './harness.mjs';

/** The report's span for these figures (README: "Figures 1.3.4–1.3.6 cover 2003–2023"). */
export const EPOCH_SPAN = [2003, 2023];

const countryRows = csv('epoch/country_codes.csv');
const codeOf = Object.fromEntries(countryRows.map((c) => [c.source_name, c.code]));
/** How the scatter layers name a model Epoch lists under several domains. */
export const SEVERAL_DOMAINS = 'Several domains';
/** Codes of the EU27 (country_codes.csv's `eu27`); EU+UK adds GBR. */
const EU27 = new Set(countryRows.filter((c) => c.eu27 === '1').map((c) => c.code));
const isEuUk = (codes) => codes.some((c) => c === 'GBR' || EU27.has(c));
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
  codes: [...new Set(m.country.split(',').map((c) => c.trim()).filter(Boolean).map((c) => {
    if (!(c in codeOf)) throw new Error(`country '${c}' is not in epoch/country_codes.csv`);
    return codeOf[c];
  }).filter(Boolean))],
  sector: sectorOf(m.organization_categorization),
  parameters: num(m.parameters),
  flop: num(m.training_compute_flop),
  petaflop: num(m.training_compute_flop) === null ? null : Number(m.training_compute_flop) / 1e15,
  costCloud: num(m.training_compute_cost_cloud_usd),
  domain: m.domain,
})).map((m) => ({ ...m, euUk: isEuUk(m.codes), domainName: domainName(m.domain) }));

/** The domain a model is coloured by on the scatter layers: Epoch's one domain, or "Several
 * domains" when it lists several (issue 8's rule, as the page's note states it). */
export function domainName(domain) {
  return domain.includes(',') ? SEVERAL_DOMAINS : domain.trim();
}
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

/** Figures drawn with a dataset layer beside the report's values (issue 8's table). */
export const LAYERED_FIGURES = ['1.3.1', '1.3.2', '1.3.3', '1.3.7', '1.3.15', '1.3.18', '1.3.19', '1.3.20', '1.3.21', '1.3.22', '1.3.23'];
/** Figures with a reconciliation (`view=reconcile`): the layered ones and four where the report is complete. */
export const RECONCILED_FIGURES = [...LAYERED_FIGURES, '1.3.13', '1.3.14', '1.3.16', '1.3.17'];

/** The Ecosystem Graphs span of 1.3.13–1.3.20 (README: "2019–23" in their titles). */
export const FM_SPAN = [2019, 2023];

/** Epoch's sector codes (README), the order of `SECTORS`. */
export const EPOCH_SECTORS = SECTORS.map(([code]) => code);
/** Foundation-model sectors (issue 8): the report's four, anything else "other". */
export const FM_SECTORS = ['industry', 'academia', 'industry_academia_collab', 'government', 'other'];
/** The three regions of 1.3.3 and 1.3.19. */
export const TRIO = ['USA', 'CHN', 'EU_UK'];

const organizations = Object.fromEntries(csv('ecosystem_graphs/organization_map.csv').map((o) => {
  const codes = [...new Set(o.country_codes.split('~').map((c) => c.trim()).filter(Boolean))];
  const sectors = [...new Set(o.sectors.split(';').map((s) => s.trim()).filter(Boolean))].sort();
  return [o.organization, { codes, sectors }];
}));

/** Issue 8's sector rule for foundation models on the set of the organization's sectors. */
export function fmSectorOf(sectors) {
  const key = [...new Set(sectors)].sort().join('|');
  return { industry: 'industry', academia: 'academia', 'academia|industry': 'industry_academia_collab', government: 'government' }[key] ?? 'other';
}

/** Every Ecosystem Graphs model with its year, access, country codes, sector and organizations. */
export const foundationModels = csv('ecosystem_graphs/foundation_models_2024-02-12.csv').map((m) => {
  const org = organizations[m.organization];
  if (!org) throw new Error(`organization '${m.organization}' is not in ecosystem_graphs/organization_map.csv`);
  return {
    name: m.name,
    year: m.created_date ? Number(m.created_date.slice(0, 4)) : null,
    access: m.access,
    codes: org.codes,
    euUk: isEuUk(org.codes),
    sector: fmSectorOf(org.sectors),
    organizations: [...new Set(m.organization.split(',').map((s) => s.trim()).filter(Boolean))],
  };
});

const inYears = (from, to) => (m) => m.year !== null && m.year >= from && m.year <= to;
const years = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** category → year → count over [from, to], zeros kept for `categories`; `of(m)` lists a model's categories. */
function grid(models, from, to, categories, of) {
  const out = Object.fromEntries(categories.map((c) => [c, Object.fromEntries(years(from, to).map((y) => [y, 0]))]));
  for (const m of models.filter(inYears(from, to))) {
    for (const c of of(m)) {
      out[c] ??= Object.fromEntries(years(from, to).map((y) => [y, 0]));
      out[c][m.year] += 1;
    }
  }
  return out;
}

/** US, China and EU+UK of a model: each at most once. */
const trioOf = (m) => TRIO.filter((t) => (t === 'EU_UK' ? m.euUk : m.codes.includes(t)));

/** 1.3.1: Epoch sector → year → models of [from, to]. */
export const epochSectorGrid = (from = EPOCH_SPAN[0], to = EPOCH_SPAN[1]) => grid(allModels, from, to, EPOCH_SECTORS, (m) => [m.sector]);
/** 1.3.3: USA / CHN / EU_UK → year → Epoch models. */
export const epochTrioGrid = (from = EPOCH_SPAN[0], to = EPOCH_SPAN[1]) => grid(allModels, from, to, TRIO, trioOf);
/** 1.3.15: foundation-model sector → year → models. */
export const fmSectorGrid = (from = FM_SPAN[0], to = FM_SPAN[1]) => grid(foundationModels, from, to, FM_SECTORS, (m) => [m.sector]);
/** 1.3.19: USA / CHN / EU_UK → year → foundation models. */
export const fmTrioGrid = (from = FM_SPAN[0], to = FM_SPAN[1]) => grid(foundationModels, from, to, TRIO, trioOf);
/** 1.3.13: access type (and `total`) → year → foundation models. */
export const fmAccessGrid = (from = FM_SPAN[0], to = FM_SPAN[1]) =>
  grid(foundationModels, from, to, ['open', 'limited', 'closed', 'total'], (m) => [m.access, 'total']);

/** 1.3.18 / 1.3.20: country code → foundation models of [from, to] (nonzero only). */
export function fmCountsByCountry(from, to) {
  const counts = {};
  for (const m of foundationModels.filter(inYears(from, to))) for (const c of m.codes) counts[c] = (counts[c] || 0) + 1;
  return counts;
}

/** 1.3.16 / 1.3.17: organization (as spelled in the source) → foundation models of [from, to]. */
export function fmCountsByOrganization(from, to) {
  const counts = {};
  for (const m of foundationModels.filter(inYears(from, to))) for (const o of m.organizations) counts[o] = (counts[o] || 0) + 1;
  return counts;
}

/** The Epoch row the report's name of a model stands for (report/model_names.csv). */
const joinRows = Object.fromEntries(csv('report/model_names.csv').map((r) => [r.series_key, r.epoch_model]));
export function namedModel(seriesKey) {
  const name = joinRows[seriesKey];
  if (!name) throw new Error(`'${seriesKey}' is not in report/model_names.csv`);
  const rows = allModels.filter((m) => m.name === name);
  if (rows.length !== 1) throw new Error(`'${name}' is ${rows.length} rows of epoch/notable_ai_models.csv`);
  return rows[0];
}

/** The scatter layers (issue 8): every Epoch model of the window with the figure's measure(s);
 * points `{ model, x, y }` with x the publication date (1.3.7, 1.3.22) or the compute (1.3.23). */
export const SCATTER_LAYERS = {
  '1.3.7': { window: [2012, 2023], keep: (m) => m.petaflop !== null, point: (m) => ({ date: m.date, y: m.petaflop }) },
  '1.3.22': { window: [2017, 2023], keep: (m) => m.costCloud !== null, point: (m) => ({ date: m.date, y: m.costCloud }) },
  '1.3.23': { window: EPOCH_SPAN, keep: (m) => m.petaflop !== null && m.costCloud !== null, point: (m) => ({ x: m.petaflop, y: m.costCloud }) },
};

/** Domain name → points of a scatter figure's dataset layer. */
export function scatterLayer(fig) {
  const { window: [from, to], keep, point } = SCATTER_LAYERS[fig];
  const out = {};
  for (const m of modelsIn(from, to).filter(keep)) (out[m.domainName] ||= []).push({ model: m.name, ...point(m) });
  return out;
}

/** An ISO date as a year with its fraction (the day's place in its year). */
export function yearPosition(iso) {
  const [y, mo, d] = iso.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, mo - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}
