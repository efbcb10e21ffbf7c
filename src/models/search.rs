//! Search (`q=`): model and organization names as the source writes them, case-insensitively,
//! and the Chinese names of organizations based in China, Hong Kong and Taiwan
//! (`epoch/organization_names_zh.csv`: 清华大学 finds Tsinghua University's models). Search
//! highlights; it never filters or changes counts.

use super::data::Entry;
use crate::data::tables::ORG_NAMES_ZH;

/// The search text prepared once: lowercased and trimmed; `None` when empty.
pub fn needle(q: &str) -> Option<String> {
    let t = q.trim().to_lowercase();
    (!t.is_empty()).then_some(t)
}

/// The Chinese name of an organization as the source writes it, if it has one here.
pub fn org_name_zh(org: &str) -> Option<&'static str> {
    ORG_NAMES_ZH.iter().find(|(en, _)| *en == org.trim()).map(|(_, zh)| *zh)
}

/// Whether `e` matches the prepared needle.
pub fn matches(e: &Entry, needle: &str) -> bool {
    crate::text::contains(&e.name.to_lowercase(), needle)
        || crate::text::contains(&e.organization.to_lowercase(), needle)
        || e.organization.split(',').filter_map(org_name_zh).any(|zh| crate::text::contains(&zh.to_lowercase(), needle))
}
