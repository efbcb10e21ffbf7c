//! Epoch AI's notable models (2003–2023), kept out of the wasm: `build.rs` writes them to a
//! same-origin file named by its content hash ([`MODELS_FILE`]) that the page fetches the first
//! time a figure draws single models (1.3.5–1.3.7, 1.3.22, 1.3.23), and [`install`]s here. Native
//! builds read the same file, embedded, so tests see exactly what the page loads.
//!
//! Format: one model per line, tab-separated: name, organization, date (YYYYMMDD), countries
//! (hex bit set over `COUNTRIES`), sector code, parameters, training compute (FLOP), domains,
//! cloud cost (USD), cost (2023 USD), accessibility, frontier (`1` or empty); empty numbers are
//! unknown. Source: Epoch AI, "Data on Notable AI Models" (CC BY 4.0), see `sources`.

use std::sync::OnceLock;

use super::{Model, Sector};
pub use super::tables::{MODELS_FILE, MODEL_COUNT};

static MODELS: OnceLock<&'static [Model]> = OnceLock::new();

/// The models, once loaded (natively: always); empty before.
pub fn models() -> &'static [Model] {
    #[cfg(not(target_arch = "wasm32"))]
    {
        MODELS.get_or_init(|| {
            let text = include_str!(concat!(env!("OUT_DIR"), "/notable-models.tsv"));
            Vec::leak(parse(text).expect("build.rs writes a valid models file"))
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        MODELS.get().copied().unwrap_or(&[])
    }
}

/// True once [`models`] holds the file's models.
pub fn loaded() -> bool {
    !models().is_empty()
}

/// Keeps the models of a fetched file for the life of the page.
///
/// Errors: the text is not a models file of this build (wrong line or count), in words.
pub fn install(text: String) -> Result<(), String> {
    if MODELS.get().is_some() {
        return Ok(());
    }
    let models = parse(String::leak(text))?;
    let _ = MODELS.set(Vec::leak(models));
    Ok(())
}

fn number(s: &str) -> Result<f64, String> {
    if s.is_empty() { Ok(f64::NAN) } else { super::number::parse_f64(s).ok_or_else(|| format!("'{s}' is not a number")) }
}

/// Parses a models file (see the module's format).
///
/// Errors: the first bad line, by number, or a count other than [`MODEL_COUNT`].
pub fn parse(text: &'static str) -> Result<Vec<Model>, String> {
    let mut out = Vec::with_capacity(MODEL_COUNT);
    for (i, line) in text.lines().enumerate() {
        let bad = |what: String| format!("{MODELS_FILE}:{}: {what}", i + 1);
        let f: Vec<&'static str> = line.split('\t').collect();
        let [name, organization, date, countries, sector, parameters, compute, domain, cloud, cost_2023, accessibility, frontier] = f[..] else {
            return Err(bad(format!("{} fields, expected 12", f.len())));
        };
        out.push(Model {
            name,
            organization,
            date: date.parse().map_err(|_| bad(format!("date '{date}'")))?,
            countries: u64::from_str_radix(countries, 16).map_err(|_| bad(format!("countries '{countries}'")))?,
            sector: *Sector::ALL.iter().find(|s| s.code() == sector).ok_or_else(|| bad(format!("sector '{sector}'")))?,
            parameters: number(parameters).map_err(bad)?,
            training_compute_flop: number(compute).map_err(bad)?,
            domain,
            cost_cloud_usd: number(cloud).map_err(bad)?,
            cost_2023_usd: number(cost_2023).map_err(bad)?,
            accessibility,
            frontier: frontier == "1",
        });
    }
    if out.len() != MODEL_COUNT {
        return Err(format!("{MODELS_FILE}: {} models, expected {MODEL_COUNT}", out.len()));
    }
    Ok(out)
}
