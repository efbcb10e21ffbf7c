// Seeded random states of the model explorer (?view=models): each link is loaded in a fresh page,
// and the counts beside the chart, the points drawn (or the table's rows) and the search's match
// count must equal an independent recount from the CSV files, with no console error. The rules
// are the and url.md's, written here from the data files: year window (default 2003–2023
// notable, 2019–2023 foundation); regions: any of the model's countries (EU_UK: any EU27 country
// or GBR); sector by the data README's rule (notable) or organization_map.csv (foundation: one
// sector, or industry + academia = collaboration, government alone, else other); domain: any of
// Epoch's domains; access: Epoch's accessibility (or Ecosystem Graphs' access); frontier; the
// search matches name or organization, or the Chinese name of one of its organizations.
// The seed is printed (`models seed: N`); rerun another with SEED=123.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, csv } from './harness.mjs';
import { sectorOf } from './recount.mjs';

const SEED = Number(process.env.SEED ?? 20261129) >>> 0;
const LINKS = Number(process.env.MODEL_LINKS ?? 40);
console.log(`models seed: ${SEED}`);

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = mulberry32(SEED ^ 0x6d6f64);
const chance = (p) => r() < p;
const pick = (xs) => xs[Math.floor(r() * xs.length)];
const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const subset = (xs, p) => xs.filter(() => chance(p));

const countries = csv('epoch/country_codes.csv');
const codeOf = Object.fromEntries(countries.map((c) => [c.source_name, c.code]));
const eu27 = new Set(countries.filter((c) => c.eu27 === '1').map((c) => c.code));
const zh = csv('epoch/organization_names_zh.csv');
const ACCESS = { 'Open weights (unrestricted)': 'open_unrestricted', 'Open weights (non-commercial)': 'open_noncommercial', 'Open weights (restricted use)': 'open_restricted', 'API access': 'api', 'Hosted access (no API)': 'hosted', Unreleased: 'unreleased', '': 'unknown' };
const domainCode = (d) => d.toLowerCase().replace(/ /g, '_');
const notable = csv('epoch/notable_ai_models.csv').map((m) => ({
  name: m.model, org: m.organization, year: Number(m.publication_date.slice(0, 4)),
  codes: [...new Set(m.country.split(',').map((c) => codeOf[c.trim()]).filter(Boolean))],
  sector: sectorOf(m.organization_categorization),
  domains: m.domain.split(',').map((d) => d.trim()).filter(Boolean).map(domainCode),
  access: ACCESS[m.model_accessibility], frontier: m.frontier_model === 'True',
  y: { compute: m.training_compute_flop, parameters: m.parameters, cost: m.training_compute_cost_2023_usd, cost_cloud: m.training_compute_cost_cloud_usd },
}));
const orgMap = Object.fromEntries(csv('ecosystem_graphs/organization_map.csv').map((o) => [o.organization, o]));
function fmSector(sectors) {
  const s = [...new Set(sectors.split(';').map((x) => x.trim()))].sort().join('|');
  return { industry: 'industry', academia: 'academia', 'academia|industry': 'industry_academia_collab', government: 'government' }[s] || 'other';
}
const foundation = csv('ecosystem_graphs/foundation_models_2024-02-12.csv').map((m) => ({
  name: m.name, org: m.organization, year: m.created_date ? Number(m.created_date.slice(0, 4)) : null,
  codes: orgMap[m.organization].country_codes.split('~').filter(Boolean), sector: fmSector(orgMap[m.organization].sectors),
  domains: [], access: m.access, frontier: false, y: {},
}));
const years = (xs) => [Math.min(...xs.filter(Boolean)), Math.max(...xs.filter(Boolean))];
const SPAN = { notable: years(notable.map((m) => m.year)), foundation: years(foundation.map((m) => m.year)) };
const DEFAULT = { notable: [2003, 2023], foundation: [2019, 2023] };
const REGIONS = ['USA', 'CHN', 'GBR', 'EU_UK', 'FRA', 'DEU', 'CAN', 'KOR', 'JPN', 'ISR'];
const SECTORS = { notable: ['industry', 'academia', 'industry_academia_collab', 'government', 'research_collective', 'other_collab', 'unknown'], foundation: ['industry', 'academia', 'industry_academia_collab', 'government', 'other'] };
const DOMAINS = ['language', 'vision', 'multimodal', 'image_generation', 'speech', 'games', 'biology', 'robotics'];
const ACCESSES = { notable: Object.values(ACCESS), foundation: ['open', 'limited', 'closed'] };
const QUERIES = ['', '', 'gpt', 'Google', '清华大学', 'llama', 'meta', 'deepmind', '百度'];

function randomState() {
  const set = chance(0.7) ? 'notable' : 'foundation';
  const n = set === 'notable';
  const s = { set, lang: pick(['en', 'zh']), y: n ? pick(['compute', 'parameters', 'cost', 'cost_cloud']) : 'compute', log: !n || !chance(0.2) };
  const [lo, hi] = SPAN[set];
  s.time = chance(0.5) ? [...DEFAULT[set]] : (() => { const a = int(Math.max(lo, n ? 1990 : lo), hi); return [a, int(a, hi)]; })();
  s.regions = chance(0.5) ? [] : subset(REGIONS, 0.25);
  s.sector = chance(0.6) ? [] : subset(SECTORS[set], 0.4);
  s.domain = n && chance(0.3) ? subset(DOMAINS, 0.4) : [];
  s.access = chance(0.7) ? [] : subset(ACCESSES[set], 0.4);
  s.frontier = n && chance(0.15);
  s.q = pick(QUERIES);
  s.tab = chance(0.2) ? 'table' : 'chart';
  s.color = pick(n ? ['sector', 'country', 'domain', 'access'] : ['access', 'country', 'sector']);
  return s;
}
function query(s) {
  const p = [`view=models`, `lang=${s.lang}`, `set=${s.set}`, `color=${s.color}`, `time=${s.time[0]}..${s.time[1]}`];
  if (s.set === 'notable') p.push(`y=${s.y}`, `scale=${s.log ? 'log' : 'linear'}`);
  for (const k of ['regions', 'sector', 'domain', 'access']) if (s[k].length) p.push(`${k}=${s[k].join('~')}`);
  if (s.frontier) p.push('frontier=1');
  if (s.q) p.push(`q=${encodeURIComponent(s.q)}`);
  p.push(`tab=${s.tab}`);
  return p.join('&');
}
function recount(s) {
  const all = s.set === 'notable' ? notable : foundation;
  const rows = all.filter((m) => m.year !== null && m.year >= s.time[0] && m.year <= s.time[1]
    && (!s.regions.length || s.regions.some((c) => (c === 'EU_UK' ? m.codes.some((k) => k === 'GBR' || eu27.has(k)) : m.codes.includes(c))))
    && (!s.sector.length || s.sector.includes(m.sector))
    && (!s.domain.length || m.domains.some((d) => s.domain.includes(d)))
    && (!s.access.length || s.access.includes(m.access))
    && (!s.frontier || m.frontier));
  const drawn = s.set === 'foundation' ? rows.length : rows.filter((m) => {
    const raw = m.y[s.y];
    if (raw === '' || raw === undefined) return false;
    const v = Number(raw);
    return Number.isFinite(v) && (!s.log || v > 0);
  }).length;
  const q = s.q.trim().toLowerCase();
  const matches = q ? rows.filter((m) => m.name.toLowerCase().includes(q) || m.org.toLowerCase().includes(q)
    || m.org.split(',').some((o) => zh.some((z) => z.organization === o.trim() && z.name_zh.toLowerCase().includes(q)))).length : null;
  return { rows: rows.length, drawn, matches };
}

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test(`${LINKS} seeded random model-explorer states match the recount`, async () => {
  const failures = [];
  const page = await newPage(browser);
  for (let i = 0; i < LINKS; i++) {
    const s = randomState();
    const q = query(s);
    const want = recount(s);
    page.errors.length = 0;
    try {
      await page.goto(`${server.url}?${q}`);
      await page.waitForSelector('.counts-summary:not(:empty)', { timeout: 20000 });
      const summary = await page.textContent('.counts-summary');
      const [rows, drawn] = summary.match(/\d+/g).map(Number);
      const got = { rows, drawn };
      if (s.tab === 'table') {
        await page.waitForSelector('#models-table');
        got.tableRows = await page.$$eval('#models-table tbody tr', (t) => t.length);
      } else if (want.drawn > 0) {
        await page.waitForFunction((n) => {
          const o = window.echarts?.getInstanceByDom(document.querySelector('.chart'))?.getOption();
          return o && o.series.reduce((k, x) => k + x.data.length, 0) === n;
        }, want.drawn, { timeout: 10000 }).catch(() => {});
        got.points = await page.evaluate(() => window.echarts?.getInstanceByDom(document.querySelector('.chart'))?.getOption()?.series.reduce((k, x) => k + x.data.length, 0) ?? 0);
      }
      if (want.matches !== null) got.matches = Number((await page.textContent('.match-count')).match(/\d+/)?.[0] ?? 0);
      const bad = [];
      if (got.rows !== want.rows) bad.push(`rows ${got.rows} ≠ ${want.rows}`);
      if (got.drawn !== want.drawn) bad.push(`drawn ${got.drawn} ≠ ${want.drawn}`);
      if (got.points !== undefined && got.points !== want.drawn) bad.push(`points ${got.points} ≠ ${want.drawn}`);
      if (got.tableRows !== undefined && got.tableRows !== want.rows) bad.push(`table rows ${got.tableRows} ≠ ${want.rows}`);
      if (want.matches !== null && got.matches !== want.matches) bad.push(`matches ${got.matches} ≠ ${want.matches}`);
      if (page.errors.length) bad.push(`errors: ${page.errors.join(' | ')}`);
      if (bad.length) failures.push(`?${q}: ${bad.join('; ')}`);
    } catch (e) {
      failures.push(`?${q}: ${e.message.split('\n')[0]}`);
    }
  }
  await page.context().close();
  assert.deepEqual(failures, [], `${failures.length} of ${LINKS} states failed (seed ${SEED}):\n${failures.join('\n')}`);
});
