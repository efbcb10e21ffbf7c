//! The dataset layers: for eleven figures whose report values are thin, the full series
//! recomputed from an open dataset (Epoch AI's notable models, or the Ecosystem Graphs snapshot
//! at d66e17f) is drawn beside the report's stated values; for those and four complete figures
//! (1.3.13, 1.3.14, 1.3.16, 1.3.17) a reconciliation sets stated against recomputed values.

use super::Figure;

/// Which layer a row of a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Values the report (or its bilingual summary) states, and the report's own data files.
    Report,
    /// Values recomputed here from an open dataset.
    Dataset,
}

impl Layer {
    /// The code exports write in their `layer` column.
    pub fn code(self) -> &'static str {
        match self {
            Layer::Report => "report",
            Layer::Dataset => "dataset",
        }
    }
}

// TEMPORARY until the build-time aggregates land (the lead replaces these with data-derived
// predicates).
const LAYERED: [&str; 11] = ["1.3.1", "1.3.2", "1.3.3", "1.3.7", "1.3.15", "1.3.18", "1.3.19", "1.3.20", "1.3.21", "1.3.22", "1.3.23"];
const RECONCILED: [&str; 4] = ["1.3.13", "1.3.14", "1.3.16", "1.3.17"];

/// True for figures drawn with a dataset layer beside the report's values (`layer=` applies).
pub fn has_layer(fig: &Figure) -> bool {
    LAYERED.contains(&fig.id)
}

/// True for figures with a reconciliation view (`view=reconcile`).
pub fn has_reconciliation(fig: &Figure) -> bool {
    has_layer(fig) || RECONCILED.contains(&fig.id)
}
