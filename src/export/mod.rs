//! What leaves the page: a figure's data as CSV, its citation, and the iframe snippet that
//! embeds it. Pure text; the browser side only wraps it in a download or the clipboard.

mod cite;
pub(crate) mod csv;
mod embed;
mod source;

pub use self::csv::{figure_csv, table_csv, CSV_HEADER};
pub use cite::citation;
pub use embed::{embed_snippet, EMBED_CHROME, EMBED_MESSAGE_KEY};
pub use source::source_line;
