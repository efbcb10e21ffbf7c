//! The reconciliation of a figure (`view=reconcile`): each value the report states beside the
//! one recomputed from the open dataset for the same year and category, their difference and
//! the reason where known. Pure: texts come out formatted in the page's language.
//!
//! PLACEHOLDER: the lead's module replaces this file; until then every table is empty.

use crate::data::Figure;
use crate::i18n::Lang;

/// A figure's reconciliation, ready to print.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reconciliation {
    pub rows: Vec<ReconcileRow>,
    /// Notes printed under the table (rules, dataset versions, rows left out).
    pub notes: Vec<String>,
}

/// One stated value against its recomputed counterpart; `None` where a side has no value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReconcileRow {
    /// The category (region, sector, model, …).
    pub series: String,
    /// The year (or period) both values are for.
    pub x: String,
    pub stated: Option<String>,
    pub recomputed: Option<String>,
    /// Recomputed minus stated, at the stated value's precision.
    pub difference: Option<String>,
    pub percent: Option<String>,
    /// Why the two differ, where known.
    pub reason: Option<String>,
}

/// The reconciliation of `fig` in `lang`.
pub fn reconcile(fig: &'static Figure, lang: Lang) -> Reconciliation {
    let _ = (fig, lang);
    Reconciliation::default()
}
