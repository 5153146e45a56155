//! Where each value sits in a RON text. serde forgets positions once a file is parsed, so this
//! small scanner walks the same text and records, for every value, its path (`actions[3].cost.capital`)
//! and its byte span. Validation errors name a path; this turns it into line and column.

use std::collections::BTreeMap;

/// Byte spans of every value of a RON document, by path.
#[derive(Debug, Default)]
pub struct Locations {
    spans: BTreeMap<String, (usize, usize)>,
}

impl Locations {
    /// Scans `text`; a syntax error just stops the scan (serde reports it better).
    pub fn scan(text: &str) -> Locations {
        let mut scanner = Scanner { bytes: text.as_bytes(), pos: 0, depth: 0, spans: BTreeMap::new() };
        scanner.value(String::new());
        Locations { spans: scanner.spans }
    }

    /// The span of the value at `path`, or of its nearest enclosing value that was found.
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut path = path;
        loop {
            if let Some(span) = self.spans.get(path) {
                return Some(*span);
            }
            let cut = path.rfind(['.', '[', '#'])?;
            path = &path[..cut];
        }
    }
}

/// Deeper values than this stop the scan: a level nests a dozen levels, and the scanner
/// recurses once per level (a hostile file must not overflow the stack).
const MAX_DEPTH: usize = 128;

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    spans: BTreeMap<String, (usize, usize)>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Skips blanks and comments.
    fn skip(&mut self) {
        loop {
            match self.peek() {
                Some(b) if b.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'/') => {
                    while self.peek().is_some_and(|b| b != b'\n') {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'*') => {
                    // Block comments nest in RON: `/* a /* b */ c */` is one comment.
                    self.pos += 2;
                    let mut open = 1usize;
                    while self.pos < self.bytes.len() && open > 0 {
                        if self.bytes[self.pos..].starts_with(b"/*") {
                            open += 1;
                            self.pos += 2;
                        } else if self.bytes[self.pos..].starts_with(b"*/") {
                            open -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip();
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> Option<&str> {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'#') {
            self.pos += 1;
        }
        (self.pos > start).then(|| std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or(""))
    }

    /// Scans one value and records its span; false on a syntax error or past the depth limit.
    fn value(&mut self, path: String) -> bool {
        if self.depth >= MAX_DEPTH {
            return false;
        }
        self.depth += 1;
        let ok = self.value_here(path);
        self.depth -= 1;
        ok
    }

    fn value_here(&mut self, path: String) -> bool {
        self.skip();
        let start = self.pos;
        let ok = match self.peek() {
            None => false,
            Some(b'"') => self.string(),
            Some(b'\'') => self.char_literal(),
            Some(b'[') => self.sequence(&path, b']'),
            Some(b'{') => self.map(&path),
            Some(b'(') => self.parens(&path),
            Some(b'r') if matches!(self.bytes.get(self.pos + 1), Some(b'"' | b'#')) => self.raw_string(),
            Some(b) if b == b'-' || b == b'+' || b == b'.' || b.is_ascii_digit() => {
                self.pos += 1;
                while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-')) {
                    self.pos += 1;
                }
                true
            }
            Some(_) => {
                let name = self.ident().map(str::to_owned);
                match name {
                    None => false,
                    Some(name) => {
                        self.skip();
                        if self.peek() != Some(b'(') {
                            true
                        } else if name == "Some" {
                            // `Some(x)` is transparent: x is the value at this path.
                            self.pos += 1;
                            return self.value(path.clone()) && self.eat(b')');
                        } else {
                            self.parens(&path)
                        }
                    }
                }
            }
        };
        if ok {
            self.spans.insert(path, (start, self.pos));
        }
        ok
    }

    fn string(&mut self) -> bool {
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'"' => return true,
                _ => {}
            }
        }
        false
    }

    fn raw_string(&mut self) -> bool {
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        if self.peek() != Some(b'"') {
            return false;
        }
        self.pos += 1;
        let mut close = vec![b'"'];
        close.extend(std::iter::repeat_n(b'#', hashes));
        while self.pos < self.bytes.len() {
            if self.bytes[self.pos..].starts_with(&close) {
                self.pos += close.len();
                return true;
            }
            self.pos += 1;
        }
        false
    }

    fn char_literal(&mut self) -> bool {
        self.pos += 1;
        if self.peek() == Some(b'\\') {
            self.pos += 1;
        }
        while self.peek().is_some_and(|b| b != b'\'') {
            self.pos += 1;
        }
        self.eat(b'\'')
    }

    fn sequence(&mut self, path: &str, close: u8) -> bool {
        self.pos += 1;
        let mut index = 0;
        loop {
            if self.eat(close) {
                return true;
            }
            if !self.value(format!("{path}[{index}]")) {
                return false;
            }
            index += 1;
            if !self.eat(b',') {
                return self.eat(close);
            }
        }
    }

    /// `(...)`: a struct body (`name: value, ...`) or a tuple body (`value, ...`).
    fn parens(&mut self, path: &str) -> bool {
        self.skip();
        let save = self.pos;
        self.pos += 1;
        self.skip();
        let named = {
            let before = self.pos;
            let is_field = self.ident().is_some() && {
                self.skip();
                self.peek() == Some(b':')
            };
            self.pos = before;
            is_field
        };
        if !named {
            self.pos = save;
            return self.sequence(path, b')');
        }
        loop {
            if self.eat(b')') {
                return true;
            }
            self.skip();
            let Some(field) = self.ident().map(str::to_owned) else { return false };
            if !self.eat(b':') || !self.value(join(path, &field)) {
                return false;
            }
            if !self.eat(b',') {
                return self.eat(b')');
            }
        }
    }

    /// `{key: value, ...}`: each value's path ends with its key, quotes removed.
    fn map(&mut self, path: &str) -> bool {
        self.pos += 1;
        loop {
            if self.eat(b'}') {
                return true;
            }
            self.skip();
            let key_start = self.pos;
            if !self.value(format!("{path}\u{0}")) {
                return false;
            }
            self.spans.remove(&format!("{path}\u{0}"));
            let key = String::from_utf8_lossy(&self.bytes[key_start..self.pos]).trim_matches('"').to_owned();
            // The key's own span, for errors about the key rather than its value.
            self.spans.insert(format!("{}#key", join(path, &key)), (key_start, self.pos));
            if !self.eat(b':') || !self.value(join(path, &key)) {
                return false;
            }
            if !self.eat(b',') {
                return self.eat(b'}');
            }
        }
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_at<'a>(text: &'a str, locations: &Locations, path: &str) -> &'a str {
        let (start, end) = locations.find(path).expect("path found");
        &text[start..end]
    }

    #[test]
    fn nested_comments_and_deep_nesting_neither_mislead_nor_overflow() {
        // A bracket inside a nested comment is not a bracket.
        let text = "(a: /* one /* two ( [ */ still comment */ 5, b: [1])";
        let locations = Locations::scan(text);
        assert_eq!(text_at(text, &locations, "a"), "5");
        assert_eq!(text_at(text, &locations, "b[0]"), "1");
        // A hundred thousand open brackets: the scan stops at its depth, on a small stack.
        let deep = "[".repeat(100_000);
        std::thread::Builder::new()
            .stack_size(1024 * 1024)
            .spawn(move || Locations::scan(&deep))
            .unwrap()
            .join()
            .expect("no stack overflow");
    }

    #[test]
    fn finds_nested_fields_list_items_map_values_and_variant_arguments() {
        let text = r#"Level( // a comment
            id: "x",
            places: [ (key: "a", water_from: Some("canal")), (key: "b", cost: {"capital": 20}) ],
            effects: [ Demand(Target, Power, "cooling", 5.0) ],
        )"#;
        let at = Locations::scan(text);
        assert_eq!(text_at(text, &at, "id"), r#""x""#);
        assert_eq!(text_at(text, &at, "places[0].water_from"), r#""canal""#);
        assert_eq!(text_at(text, &at, "places[1].cost.capital"), "20");
        assert_eq!(text_at(text, &at, "places[1].cost.capital#key"), r#""capital""#);
        assert_eq!(text_at(text, &at, "effects[0][2]"), r#""cooling""#);
        // An unknown deeper path falls back on the closest known value.
        assert_eq!(text_at(text, &at, "places[1].key.nothing"), r#""b""#);
    }
}
