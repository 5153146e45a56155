//! The kit's HTML frame: escaping every text that comes from a level (a level is passed around
//! between facilitators: its text is untrusted), and the page's print style (A4, each part on a
//! page of its own, cards that do not break across pages). No script, no outside resource: the
//! file opens and prints offline.

/// `text` made safe inside an element or a quoted attribute.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no business in a printed page.
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// The whole document around `body`, in `lang` ("en" or "fr"), titled `title` (escaped here).
pub fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(title)
    )
}

/// Print first: A4 with margins, sans-serif text large enough to read at arm's length, each
/// part from a new page, action cards kept whole and flowing in two columns from page to page
/// (a grid row that does not fit moves whole, leaving a part's title alone on its page).
const STYLE: &str = r#"@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a; margin: 0; }
h1 { font-size: 24pt; margin: 0 0 4mm; }
h2 { font-size: 16pt; margin: 0 0 3mm; border-bottom: 2px solid #1a1a1a; padding-bottom: 1mm; }
h3 { font-size: 12.5pt; margin: 0 0 1.5mm; }
section.part { break-before: page; }
section.part:first-of-type { break-before: auto; }
.lead { font-size: 12pt; }
.muted { color: #555; }
.cards { column-count: 2; column-gap: 4mm; }
.card { border: 1.5px solid #1a1a1a; border-radius: 3mm; padding: 3mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
.card.role { border-width: 2.5px; break-inside: auto; }
.card .side { text-transform: uppercase; letter-spacing: 0.06em; font-size: 8.5pt; color: #444; }
.card.builder { border-color: #8a3b00; }
.card.collective { border-color: #00507a; }
.chip { display: inline-block; border: 1px solid #1a1a1a; border-radius: 2mm; padding: 0 1.5mm; margin: 0 1mm 1mm 0; font-size: 9pt; }
.chip.secret { background: #1a1a1a; color: #fff; }
ul { margin: 1mm 0 2mm 5mm; padding: 0; }
li { margin: 0.5mm 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #bbb; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
.poster { break-before: page; }
.poster svg { width: 100%; height: auto; max-height: 250mm; border: 1px solid #1a1a1a; }
.sources li { font-size: 9pt; }
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_text_cannot_open_an_element_or_leave_an_attribute() {
        assert_eq!(esc("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assert_eq!(esc("a\" onload=\"x"), "a&quot; onload=&quot;x");
        assert_eq!(esc("Tom & Jerry\u{1b}[2J"), "Tom &amp; Jerry[2J");
    }
}
