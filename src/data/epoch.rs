//! Recomputations from Epoch AI's notable-models dataset for figures 1.3.4–1.3.6, whose values
//! the report text does not state. Rules from the data README: a model counts once for each
//! country of its organizations; sector from `organization_categorization`; models published
//! 2003–2023 only (the table is filtered at build time).
//!
//! Source: Epoch AI, "Data on Notable AI Models" (CC BY 4.0); citation and access date in `sources`.

use super::notable_models::models;
use super::{Model, Sector};

/// Which measure of a model a scatter figure plots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Parameter count.
    Parameters,
    /// Training compute in petaFLOP (the dataset's FLOP ÷ 10^15).
    TrainingComputePetaflop,
}

impl Measure {
    /// The model's value of this measure, where the dataset has one.
    pub fn of(self, model: &Model) -> Option<f64> {
        match self {
            Measure::Parameters => model.parameter_count(),
            // Exact in decimal: 8.4e22 FLOP is 84,000,000 petaFLOP, not 83,999,999.99999999.
            Measure::TrainingComputePetaflop => model.compute_flop().map(|f| super::decimal::shift_decimal(f, -15)),
        }
    }
}

/// The whole window of the embedded models.
pub const ALL_YEARS: (u16, u16) = super::sources::EPOCH_WINDOW;

fn in_years(m: &Model, years: (u16, u16)) -> bool {
    (years.0..=years.1).contains(&m.year())
}

/// Models of `years` with a value of `measure`, grouped by sector in [`Sector::ALL`] order
/// (empty sectors left out), each group in date order. Models without the measure are not
/// plotted.
pub fn models_by_sector(measure: Measure, years: (u16, u16)) -> Vec<(Sector, Vec<&'static Model>)> {
    Sector::ALL
        .iter()
        .map(|&sector| {
            // The file lists models newest first: reversed, they are in date order.
            let models: Vec<&'static Model> =
                models().iter().rev().filter(|m| m.sector == sector && in_years(m, years) && measure.of(m).is_some()).collect();
            (sector, models)
        })
        .filter(|(_, models)| !models.is_empty())
        .collect()
}

/// Models published in `years`.
pub fn models_in(years: (u16, u16)) -> impl Iterator<Item = &'static Model> {
    models().iter().filter(move |m| in_years(m, years))
}

/// Models of `years` whose organizations have no country in the dataset: they count for no
/// country (1.3.4 says how many).
pub fn models_without_country(years: (u16, u16)) -> usize {
    models_in(years).filter(|m| m.countries == 0).count()
}

/// Models of `years` without a value of `measure` (said on the card, not plotted).
pub fn models_without(measure: Measure, years: (u16, u16)) -> usize {
    models().iter().filter(|m| in_years(m, years) && measure.of(m).is_none()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(name: &str) -> &'static Model {
        models().iter().find(|m| m.name == name).unwrap_or_else(|| panic!("{name} missing"))
    }

    #[test]
    fn window_is_the_reports_span() {
        assert!(models().iter().all(|m| (2003..=2023).contains(&m.year())));
        assert_eq!(models().len(), 704, "models published 2003–2023 in notable_ai_models.csv");
    }

    #[test]
    fn compute_of_named_models_matches_the_report() {
        let petaflop = |n| Measure::TrainingComputePetaflop.of(find(n)).unwrap();
        assert!((petaflop("AlexNet") - 470.0).abs() < 1e-6);
        assert!((petaflop("Transformer") - 7424.5248).abs() < 1e-6);
        assert!((petaflop("Gemini 1.0 Ultra") / 5e10 - 1.0).abs() < 1e-9);
        assert_eq!(find("AlexNet").parameter_count(), Some(60_000_000.0));
        assert_eq!(find("AlexNet").date_iso(), "2012-09-30");
    }

    #[test]
    fn multi_country_models_count_once_per_country() {
        // "China,China" in the source is one country (a bit set holds each once).
        let uk_us = models().iter().filter(|m| m.country_codes().count() == 2).count();
        assert!(uk_us > 0);
        // 1.3.4's build-time counts: each model once per country.
        let counts = crate::data::dataset::country_totals(crate::data::figure("1.3.4").unwrap(), ALL_YEARS);
        let countries: Vec<&(&str, f64)> = counts.iter().filter(|(c, _)| crate::data::dataset::is_country(c)).collect();
        let total: f64 = countries.iter().map(|(_, n)| n).sum();
        let expected: usize = models().iter().map(|m| m.country_codes().count()).sum();
        assert_eq!(total as usize, expected);
        assert_eq!(countries[0].0, "USA");
        assert!(countries.windows(2).all(|w| w[0].1 >= w[1].1));
    }

    #[test]
    fn sector_groups_cover_every_model_with_the_measure() {
        for measure in [Measure::Parameters, Measure::TrainingComputePetaflop] {
            let plotted: usize = models_by_sector(measure, ALL_YEARS).iter().map(|(_, m)| m.len()).sum();
            assert_eq!(plotted + models_without(measure, ALL_YEARS), models().len());
        }
        assert_eq!(models_by_sector(Measure::Parameters, ALL_YEARS)[0].0, Sector::Industry);
        let recent: usize = models_by_sector(Measure::Parameters, (2020, 2023)).iter().map(|(_, m)| m.len()).sum();
        let expected = models().iter().filter(|m| m.year() >= 2020 && m.parameter_count().is_some()).count();
        assert_eq!(recent, expected);
    }
}
