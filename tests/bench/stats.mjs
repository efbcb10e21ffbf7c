// Medians and a seeded bootstrap of a ratio of medians, for `make bench`.

/** Median of a list of numbers (mean of the middle two for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** mulberry32: a small seeded PRNG, so the interval printed for the same samples is the same. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile bootstrap of median(a) ÷ median(b): both samples resampled with replacement,
 * independently, `n` times; returns the (1−level)/2 and (1+level)/2 quantiles.
 */
export function bootstrapRatio(a, b, { n = 2000, level = 0.9, seed = 20261129 } = {}) {
  const rand = rng(seed);
  const pick = (xs) => Array.from(xs, () => xs[Math.floor(rand() * xs.length)]);
  const ratios = [];
  for (let i = 0; i < n; i++) ratios.push(median(pick(a)) / median(pick(b)));
  ratios.sort((x, y) => x - y);
  const q = (p) => ratios[Math.min(n - 1, Math.max(0, Math.round(p * (n - 1))))];
  return [q((1 - level) / 2), q((1 + level) / 2)];
}
