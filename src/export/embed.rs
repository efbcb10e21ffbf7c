//! The iframe snippet that embeds a figure, and the message an embedded page sends its host:
//! `{"ai-index-explorer-height": {"fig": "<id>", "height": <px>}}`.

use crate::charts::escape_html;

/// Key of the height message posted to the parent window.
pub const EMBED_MESSAGE_KEY: &str = "ai-index-explorer-height";

/// Height in CSS px of what an embed shows around its chart (title, source line, link): the
/// snippet's height is the chart's plus this.
pub const EMBED_CHROME: u32 = 150;

/// `<iframe>` markup for `url` (already the embed URL), titled in the chart's language.
pub fn embed_snippet(url: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>",
        escape_html(url),
        escape_html(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_is_escaped_and_lazy() {
        let s = embed_snippet("https://x.org/?fig=1.2.5&lang=zh&embed=1", "按“地理”区域", 520);
        assert_eq!(
            s,
            "<iframe src=\"https://x.org/?fig=1.2.5&amp;lang=zh&amp;embed=1\" title=\"按“地理”区域\" width=\"100%\" height=\"520\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>"
        );
    }
}
