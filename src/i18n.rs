//! The translation layer: every player-facing sentence of the program comes from the Fluent
//! files under `assets/locales/`, keyed by stable ids. Level texts carry their own translations.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en-US",
        // Isolation marks around arguments are noise in a terminal and in egui labels.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static ENGLISH: LanguageIdentifier = langid!("en-US");
static FRENCH: LanguageIdentifier = langid!("fr-FR");

/// The languages of the game.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::En => &ENGLISH,
            Lang::Fr => &FRENCH,
        }
    }

    /// The language's code, as HTML's `lang` attribute and file names write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Reads a language name as given on a command line or in a locale variable (`fr_FR.UTF-8`).
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("fr") {
            Some(Lang::Fr)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language of the system's locale, English when it is neither French nor English.
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
            .unwrap_or_default()
    }
}

/// An argument of a message.
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}
impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}
impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(n as f64)
    }
}

/// The message `key` in `lang`. A missing key shows itself, so it is noticed (and a test fails).
pub fn tr(lang: Lang, key: &str) -> String {
    LOCALES.try_lookup(lang.id(), key).unwrap_or_else(|| format!("[{key}]"))
}

/// The message `key` in `lang`, with named arguments.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(t) => FluentValue::from(t.to_string()),
                // Whole numbers stay numbers, so that plural variants ("1 turn", "2 turns")
                // work; others are written by `number` (Fluent would not use a decimal comma,
                // nor group thousands). From 10,000 every plural form is the same.
                Arg::Number(n) if round(*n).fract() == 0.0 && round(*n).abs() < GROUPED_FROM => {
                    FluentValue::from(round(*n))
                }
                Arg::Number(n) => FluentValue::from(number(lang, *n)),
            };
            (Cow::Owned(name.to_string()), value)
        })
        .collect();
    LOCALES.try_lookup_with_args(lang.id(), key, &args).unwrap_or_else(|| format!("[{key}]"))
}

/// "label: value", with the space French typography puts before a colon.
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    match lang {
        Lang::En => format!("{label}: {value}"),
        Lang::Fr => format!("{label}\u{a0}: {value}"),
    }
}

/// A percentage, written as each language does ("85%", "85 %").
pub fn percent(lang: Lang, n: f64) -> String {
    match lang {
        Lang::En => format!("{}%", number(lang, n)),
        Lang::Fr => format!("{}\u{a0}%", number(lang, n)),
    }
}

/// Numbers shown to players: at most one decimal, none when whole.
fn round(n: f64) -> f64 {
    (n * 10.0).round() / 10.0
}

/// From this size on, numbers are written with their thousands apart ("25,000", "25 000").
/// Four digits stay whole ("1500"), as both languages' usage allows, and years read as years.
const GROUPED_FROM: f64 = 10_000.0;

/// Formats a number for display in a language: decimal comma in French; thousands set apart
/// from 10,000 on, by a comma in English and a no-break space in French.
pub fn number(lang: Lang, n: f64) -> String {
    let n = round(n);
    let text = if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n:.1}") };
    let (whole, decimals) = text.split_once('.').map_or((text.as_str(), None), |(w, d)| (w, Some(d)));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let (thousands, point) = match lang {
        Lang::En => (",", "."),
        Lang::Fr => ("\u{a0}", ","),
    };
    let mut out = String::from(sign);
    if n.abs() >= GROUPED_FROM {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(thousands);
            }
            out.push(c);
        }
    } else {
        out.push_str(digits);
    }
    if let Some(d) = decimals {
        out.push_str(point);
        out.push_str(d);
    }
    out
}
