//! The types of the embedded tables. Codes are kept as the data files write them; labels are
//! bilingual [`Text`] chosen at render time.

/// A label in both languages of the explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub zh: &'static str,
}

/// How a figure is drawn (`chart_kind` in `figures.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Line,
    Bar,
    GroupedBar,
    StackedBar,
    Scatter,
    /// A median year with its 90% interval per category (1.3.8).
    RangeDot,
    /// An illustration with no values.
    Image,
}

/// How much of the published figure the data holds (`completeness` in `figures.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// Every value of the published figure.
    Full,
    /// Some series or years.
    Partial,
    /// Only values the report text states.
    PointsOnly,
    /// No values: an illustration, or a figure recomputed here from a dataset.
    None,
}

impl Completeness {
    /// The variant's name (`Full`, `Partial`, `PointsOnly`, `None`): the badge's
    /// `data-completeness`, which the stylesheet colours by.
    pub fn name(self) -> &'static str {
        match self {
            Completeness::Full => "Full",
            Completeness::Partial => "Partial",
            Completeness::PointsOnly => "PointsOnly",
            Completeness::None => "None",
        }
    }
}

/// What the x column holds (`x_kind` in `figures.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XKind {
    Year,
    Period,
    Category,
}

/// Unit of a value (`unit` in `values.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Publications,
    Percent,
    PercentChange,
    Ratio,
    Patents,
    PatentsPer100k,
    Models,
    /// Training compute in petaFLOP (10^15 floating-point operations).
    Petaflop,
    /// A model's parameter count (Epoch AI; not a unit of `values.csv`).
    Parameters,
    Year,
    Usd,
    Attendees,
    Projects,
    Stars,
}

/// How exact a stated value is (`qualifier` in `values.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    /// "about", "roughly", 约: shown with ≈.
    Approx,
    /// "more than": shown with >.
    LowerBound,
}

/// What a value is for (`role` in `values.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A value to plot.
    Point,
    /// The sum of the figure's other series at that x: a label or line, never stacked.
    Total,
    /// A stated fact about the figure, shown beside the chart as text.
    Annotation,
}

/// Where a value was read (`provenance` in `values.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    ZhTranslationText,
    SourceText,
    SourceDataFile,
    Derived,
    /// Recomputed here from Epoch AI's dataset (1.3.4–1.3.6 and dataset layers; not a
    /// provenance of `values.csv`).
    Recomputed,
    /// Recounted here from the Ecosystem Graphs snapshot (dataset layers; not in `values.csv`).
    RecomputedEcosystemGraphs,
}

impl Provenance {
    /// Read in the report itself or its bilingual summary (not counted from a dataset).
    pub fn is_stated(self) -> bool {
        matches!(self, Provenance::ZhTranslationText | Provenance::SourceText)
    }

    /// Counted here from an open dataset: a row of a dataset layer (or of 1.3.4–1.3.6).
    pub fn is_recomputed(self) -> bool {
        matches!(self, Provenance::Recomputed | Provenance::RecomputedEcosystemGraphs)
    }
}

/// How many digits of a value to show on screen (tables, tooltips, labels, text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// A value stated in the report or counted exactly: every digit it was stated with, no more.
    Stated,
    /// A dataset estimate (Epoch AI compute, parameters, cost): this many significant digits.
    /// Exports keep the source value unchanged.
    Significant(u8),
}

/// Kind of region (`kind` in `regions.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    Country,
    Bloc,
    WorldRegion,
    World,
    Residual,
}

/// Sector of a notable model, by the data README's rule on `organization_categorization`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sector {
    Industry,
    Academia,
    IndustryAcademiaCollab,
    Government,
    ResearchCollective,
    OtherCollab,
    Unknown,
}


/// One stated value of a figure (a row of `values.csv`); read its series through the methods.
///
/// Its series (key, region, name) is a reference into a table of the distinct series
/// (`SERIES` in the generated tables), as most rows repeat the series of other rows: 24 bytes
/// a row instead of 56, about 1 KB less of the gzipped wasm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Value {
    /// The value as stated, in `unit`.
    pub value: f64,
    /// Its series: [`Value::series_key`], [`Value::region`], [`Value::series`].
    pub(super) series: &'static Series,
    /// A year (`2022`), a period (`2019-2023`), a statistic (`median`) or a measure name.
    pub(super) x: &'static str,
    pub unit: Unit,
    pub qualifier: Qualifier,
    pub role: Role,
    /// Where the value was read. (The file's `source_ref` and `note` columns are checked at
    /// build time but not shipped: they are English working notes, and the page stays small.)
    pub provenance: Provenance,
}

/// A series of `values.csv` (key, region code, English and Chinese name), stored once for all
/// its values as one text with the ends of its first three parts: four `&str` per series cost
/// the gzipped wasm about 340 bytes more, though the one call that reads a part adds code.
#[derive(Debug, PartialEq)]
pub(super) struct Series {
    pub(super) text: &'static str,
    /// Byte ends of the key, the region code (empty for none) and the English name in `text`.
    pub(super) ends: [u8; 3],
}

impl Series {
    /// Part `i` of `text` (0 key, 1 region code, 2 English name, 3 Chinese name).
    #[inline(never)]
    fn part(&self, i: usize) -> &'static str {
        let start = i.checked_sub(1).and_then(|j| self.ends.get(j)).map_or(0, |&e| e as usize);
        let end = self.ends.get(i).map_or(self.text.len(), |&e| e as usize);
        self.text.get(start..end).unwrap_or_default()
    }
}

impl Value {
    /// Series key; two dimensions are joined with `__` (`china__granted`).
    pub fn series_key(&self) -> &'static str {
        self.series.part(0)
    }

    /// Region code of a regional series (`USA`, `EU_UK`), from `regions.csv`.
    pub fn region(&self) -> Option<&'static str> {
        Some(self.series.part(1)).filter(|r| !r.is_empty())
    }

    /// The series' name.
    pub fn series(&self) -> Text {
        Text { en: self.series.part(2), zh: self.series.part(3) }
    }

    /// A year (`2022`), a period (`2019-2023`), a statistic (`median`) or a measure name.
    pub fn x(&self) -> &'static str {
        self.x
    }
}

/// One figure of Chapter 1 (a row of `figures.csv`) with its values and our own texts.
#[derive(Debug, PartialEq)]
pub struct Figure {
    /// `1.1.1` … `1.5.4`.
    pub id: &'static str,
    /// `1.1` … `1.5`.
    pub section: &'static str,
    pub title: Text,
    pub kind: ChartKind,
    pub unit: Text,
    pub x_kind: XKind,
    pub source_org: &'static str,
    pub completeness: Completeness,
    /// First and last year of the published figure's period (from its title), if it names one.
    pub span: Option<(u16, u16)>,
    /// One sentence on what the figure shows, written for this explorer.
    pub takeaway: Text,
    /// What an illustration shows, for figures without values; empty otherwise.
    pub description: Text,
    /// The figure's rows of `values.csv`, in file order.
    pub values: &'static [Value],
}

impl Figure {
    /// Values drawn as marks (role `point`).
    pub fn points(&self) -> impl Iterator<Item = &'static Value> {
        self.values.iter().filter(|v| v.role == Role::Point)
    }

    /// Stated facts shown beside the chart (role `annotation`).
    pub fn annotations(&self) -> impl Iterator<Item = &'static Value> {
        self.values.iter().filter(|v| v.role == Role::Annotation)
    }

    /// Totals of the other series (role `total`).
    pub fn totals(&self) -> impl Iterator<Item = &'static Value> {
        self.values.iter().filter(|v| v.role == Role::Total)
    }

    /// Figures whose chart is drawn from the Epoch AI dataset rather than stated values: the
    /// report states none of their values (completeness `none`) and Epoch AI is their source.
    pub fn is_recomputed(&self) -> bool {
        self.completeness == Completeness::None && self.kind != ChartKind::Image && self.source_org.starts_with("Epoch AI")
    }
}

/// A region of the report's values (a row of `regions.csv`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    pub key: &'static str,
    /// Code used in URLs and the interface: ISO 3166-1 alpha-3, `WORLD`, `EU_UK`, `EU27`, `ROW`,
    /// or a World Bank region code.
    pub code: &'static str,
    pub name: Text,
    pub kind: RegionKind,
}

/// A country of the Epoch AI dataset (`country_codes.csv`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub code: &'static str,
    pub name: Text,
    pub eu27: bool,
}

/// A notable model of Epoch AI's dataset, published 2003–2023 (a line of the models file,
/// see `notable_models`); read it through the methods.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Model {
    pub name: &'static str,
    pub organization: &'static str,
    /// Publication date as the number YYYYMMDD.
    pub date: u32,
    /// Countries of its organizations: bit `i` stands for `COUNTRIES[i]`.
    pub countries: u64,
    pub sector: Sector,
    /// Parameter count; NaN where unknown.
    pub parameters: f64,
    /// Training compute in FLOP; NaN where unknown.
    pub training_compute_flop: f64,
    /// Epoch's `domain`: one or more domain names joined with `,` (`Multimodal,Language`).
    pub domain: &'static str,
    /// `training_compute_cost_cloud_usd` in USD; NaN where unknown.
    pub cost_cloud_usd: f64,
    /// `training_compute_cost_2023_usd` in 2023 USD; NaN where unknown.
    pub cost_2023_usd: f64,
    /// `model_accessibility` as written (empty where unknown).
    pub accessibility: &'static str,
    /// Epoch marks it a frontier model.
    pub frontier: bool,
}

impl Model {
    /// Year of publication.
    pub fn year(&self) -> u16 {
        (self.date / 10_000) as u16
    }

    /// Publication date as ISO text, `2012-09-30`.
    pub fn date_iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.date / 10_000, self.date / 100 % 100, self.date % 100)
    }

    /// Parameter count, where known.
    pub fn parameter_count(&self) -> Option<f64> {
        (!self.parameters.is_nan()).then_some(self.parameters)
    }

    /// Training compute in FLOP, where known.
    pub fn compute_flop(&self) -> Option<f64> {
        (!self.training_compute_flop.is_nan()).then_some(self.training_compute_flop)
    }

    /// Cloud training cost in USD, where known.
    pub fn cost_cloud(&self) -> Option<f64> {
        (!self.cost_cloud_usd.is_nan()).then_some(self.cost_cloud_usd)
    }

    /// ISO alpha-3 codes of its organizations' countries, each once.
    pub fn country_codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        super::COUNTRIES.iter().enumerate().filter(|(i, _)| self.countries >> i & 1 == 1).map(|(_, c)| c.code)
    }
}

/// A chapter highlight for the overview page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Highlight {
    pub id: &'static str,
    pub figure: &'static str,
    pub text: Text,
}

/// A display-only rename of a series, and the series it merges into (spelling variants).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DisplayName {
    pub figure: &'static str,
    pub series_key: &'static str,
    pub merge_into: Option<&'static str>,
    pub display: Text,
}
