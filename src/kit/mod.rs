//! The printable workshop kit (`nuage kit`): one HTML file, A4, that opens and prints offline.
//! The facilitator's sheet (the running order for the session's length, the debrief guide, the
//! "running late" shortcuts, the level's questions), a role card per side, a card per action
//! with its cost and what it does in the core's own words, both maps as posters drawn from the
//! level's geometry, a glossary of the level's terms, and the sources.
//!
//! Everything is worked out from the level by the same rules and words as the game
//! (`sim::describe`, `sim::plan`): a card says what the action does because the core says so.

pub mod html;
pub mod map;

use html::esc;

use crate::i18n::{Lang, labelled, number, tr, tr_args};
use crate::sim::condition::Context;
use crate::sim::scenario::{MapKind, Winner};
use crate::sim::{Scenario, Side, World, describe, orders};

/// The whole kit for `scn` in `lang`, for a session of `minutes` (the level's own session of
/// that length, or one worked out from its calendar).
pub fn html(scn: &Scenario, lang: Lang, minutes: u32) -> String {
    // The world at its start, for the words that read a state (none of it is secret here: a
    // kit is printed before anything is played).
    let world = World::new(scn, 0);
    let mut body = String::new();
    body.push_str(&facilitator_sheet(scn, lang, minutes));
    body.push_str(&role_cards(scn, &world, lang));
    body.push_str(&action_cards(scn, &world, lang));
    for map in [MapKind::Port, MapKind::World] {
        if let Some(svg) = map::svg(scn, map, lang) {
            body.push_str(&format!(
                "<section class=\"part poster\" data-map=\"{}\">\n<h2>{}</h2>\n{svg}</section>\n",
                match map {
                    MapKind::Port => "port",
                    MapKind::World => "world",
                },
                esc(&map::map_name(map, lang))
            ));
        }
    }
    body.push_str(&glossary(scn, lang));
    body.push_str(&sources(scn, lang));
    let title = tr_args(lang, "kit-title", &[("level", scn.title.get(lang).into())]);
    html::page(lang.code(), &title, &body)
}

/// The cover and the facilitator's sheet.
fn facilitator_sheet(scn: &Scenario, lang: Lang, minutes: u32) -> String {
    let plan = crate::sim::plan::plan(scn, minutes);
    let mut s = String::from("<section class=\"part\" data-part=\"facilitator\">\n");
    s.push_str(&format!("<h1>{}</h1>\n", esc(scn.title.get(lang))));
    s.push_str(&format!("<p class=\"lead\">{}</p>\n", esc(scn.summary.get(lang))));
    s.push_str(&format!(
        "<h2>{}</h2>\n",
        esc(&tr_args(lang, "plan-title", &[("level", scn.title.get(lang).into()), ("minutes", minutes.into())]))
    ));
    s.push_str("<table>\n");
    for (at, what) in crate::cli::plan::running_order(scn, &plan, lang) {
        s.push_str(&format!("<tr><td>{}</td><td>{}</td></tr>\n", esc(&at), esc(&what)));
    }
    s.push_str("</table>\n");
    let whose = if plan.session.is_some() { "plan-levels-own" } else { "plan-worked-out" };
    s.push_str(&format!("<p class=\"muted\">{}</p>\n", esc(&tr(lang, whose))));
    s.push_str(&format!("<h3>{}</h3>\n<ol>\n", esc(&tr(lang, "kit-debrief-guide"))));
    for key in ["kit-debrief-1", "kit-debrief-2", "kit-debrief-3", "kit-debrief-4", "kit-debrief-5"] {
        s.push_str(&format!("<li>{}</li>\n", esc(&tr(lang, key))));
    }
    s.push_str("</ol>\n");
    if !scn.questions.is_empty() {
        s.push_str(&format!("<h3>{}</h3>\n<ul>\n", esc(&tr(lang, "export-questions"))));
        for q in &scn.questions {
            s.push_str(&format!("<li>{}</li>\n", esc(q.get(lang))));
        }
        s.push_str("</ul>\n");
    }
    if !scn.prompts.is_empty() {
        s.push_str(&format!("<h3>{}</h3>\n<ul>\n", esc(&tr(lang, "kit-prompts"))));
        for prompt in &scn.prompts {
            let when = match prompt.when {
                crate::sim::scenario::PromptWhen::Turns(from, to) => {
                    tr_args(lang, "kit-prompt-turns", &[("from", (from + 1).into()), ("to", (to + 1).into())])
                }
                crate::sim::scenario::PromptWhen::Event(e) => {
                    tr_args(lang, "kit-prompt-event", &[("card", scn.events[e.index()].name.get(lang).into())])
                }
            };
            s.push_str(&format!("<li>{}</li>\n", esc(&labelled(lang, &when, prompt.text.get(lang)))));
        }
        s.push_str("</ul>\n");
    }
    s.push_str(&format!("<h3>{}</h3>\n<ul>\n", esc(&tr(lang, "kit-running-late"))));
    for key in ["kit-late-1", "kit-late-2", "kit-late-3", "kit-late-4"] {
        s.push_str(&format!("<li>{}</li>\n", esc(&tr(lang, key))));
    }
    s.push_str("</ul>\n</section>\n");
    s
}

/// A role card per side: who they are, how they win and lose, how they score, what they start
/// with, and first moves they can afford.
fn role_cards(scn: &Scenario, world: &World, lang: Lang) -> String {
    let mut s = format!(
        "<section class=\"part\" data-part=\"roles\">\n<h2>{}</h2>\n<div class=\"cards\">\n",
        esc(&tr(lang, "kit-roles"))
    );
    for side in Side::BOTH {
        let def = scn.side(side);
        let mut common = String::new();
        let endings = |wins: bool| -> Vec<String> {
            scn.endings
                .iter()
                .filter(|e| match e.winner {
                    Winner::Side(w) => (w == side) == wins,
                    Winner::Nobody => !wins,
                    Winner::ByScore => false,
                })
                .map(|e| {
                    let when = describe::condition(scn, world, &e.condition, &Context::default(), lang);
                    labelled(lang, e.name.get(lang), &when)
                })
                .collect()
        };
        common.push_str(&list(&tr(lang, "kit-you-win"), &endings(true)));
        common.push_str(&list(&tr(lang, "kit-you-lose"), &endings(false)));
        common.push_str(&list(&tr(lang, "kit-score"), &describe::score_terms(scn, side, lang)));
        let mut purse: Vec<String> = def
            .resources
            .iter()
            .map(|r| {
                tr_args(
                    lang,
                    "kit-resource",
                    &[
                        ("name", r.name.get(lang).into()),
                        ("initial", number(lang, r.initial).into()),
                        ("income", number(lang, r.income).into()),
                    ],
                )
            })
            .collect();
        purse.push(tr_args(lang, "kit-action-points", &[("n", def.action_points.into())]));
        common.push_str(&list(&tr(lang, "kit-you-have"), &purse));
        // First moves: the actions the rules allow at the start, cheapest first.
        let mut first: Vec<(f64, String)> = scn
            .actions_of(side)
            .filter(|(id, _)| !orders::action_options(scn, world, side, *id).legal.is_empty())
            .map(|(id, a)| {
                (
                    a.cost.iter().map(|(_, c)| c).sum(),
                    format!("{} ({})", a.name.get(lang), describe::cost(scn, id, lang)),
                )
            })
            .collect();
        first.sort_by(|a, b| a.0.total_cmp(&b.0));
        let first: Vec<String> = first.into_iter().take(4).map(|(_, t)| t).collect();
        if def.teams.is_empty() {
            s.push_str(&format!("<div class=\"card role {}\" data-team=\"{}\">\n", side.key(), side.key()));
            s.push_str(&format!("<h3>{}</h3>\n<p>{}</p>\n", esc(def.name.get(lang)), esc(def.description.get(lang))));
            s.push_str(&common);
            s.push_str(&list(&tr(lang, "kit-first-moves"), &first));
            s.push_str("</div>\n");
        }
        // Played in teams: a card per team, its own role, actions, share and objective, then
        // what its side as a whole wins and loses by.
        for team in &def.teams {
            s.push_str(&format!("<div class=\"card role {}\" data-team=\"{}\">\n", side.key(), esc(&team.key)));
            s.push_str(&format!(
                "<div class=\"side\">{}</div>\n<h3>{}</h3>\n<p>{}</p>\n",
                esc(def.name.get(lang)),
                esc(team.name.get(lang)),
                esc(team.role.get(lang))
            ));
            let actions: Vec<String> = team.actions.iter().map(|a| scn.action(*a).name.get(lang).to_owned()).collect();
            let title = tr_args(lang, "kit-team-actions", &[("n", team.action_points.into())]);
            s.push_str(&list(&title, &actions));
            if let Some(objective) = &team.objective {
                let when = describe::condition(scn, world, &objective.condition, &Context::default(), lang);
                s.push_str(&list(&tr(lang, "kit-objective"), &[labelled(lang, objective.name.get(lang), &when)]));
            }
            s.push_str(&common);
            s.push_str("</div>\n");
        }
    }
    s.push_str("</div>\n</section>\n");
    s
}

/// A card per action, side by side.
fn action_cards(scn: &Scenario, world: &World, lang: Lang) -> String {
    let mut s = String::new();
    for side in Side::BOTH {
        let name = describe::side(scn, side, lang);
        s.push_str(&format!(
            "<section class=\"part\" data-part=\"actions-{}\">\n<h2>{}</h2>\n<div class=\"cards\">\n",
            side.key(),
            esc(&tr_args(lang, "kit-actions-of", &[("side", name.clone().into())]))
        ));
        for (id, a) in scn.actions_of(side) {
            s.push_str(&format!("<div class=\"card {}\" data-action=\"{}\">\n", side.key(), esc(&a.key)));
            s.push_str(&format!("<div class=\"side\">{}</div>\n<h3>{}</h3>\n", esc(&name), esc(a.name.get(lang))));
            s.push_str(&format!("<span class=\"chip\">{}</span>", esc(&describe::cost(scn, id, lang))));
            if a.secret {
                s.push_str(&format!("<span class=\"chip secret\">{}</span>", esc(&tr(lang, "kit-secret"))));
            }
            if let Some(max) = a.max_uses {
                s.push_str(&format!(
                    "<span class=\"chip\">{}</span>",
                    esc(&tr_args(lang, "kit-max-uses", &[("n", max.into())]))
                ));
            }
            s.push_str(&format!("\n<p>{}</p>\n", esc(a.description.get(lang))));
            let requires: Vec<String> =
                a.requires.iter().map(|c| describe::condition(scn, world, c, &Context::default(), lang)).collect();
            s.push_str(&list(&tr(lang, "kit-requires"), &requires));
            // The card's short form, as the game's own cards say it (conditions left out).
            let mut does = describe::effects_brief(scn, world, &a.effects, lang);
            if let Some(project) = &a.project {
                for step in &project.milestones {
                    let done = describe::effects_brief(scn, world, &step.on_complete, lang);
                    let turns = tr_args(lang, "kit-step-turns", &[("turns", step.turns.into())]);
                    let what = if done.is_empty() { turns } else { format!("{turns}: {}", done.join(", ")) };
                    does.push(labelled(lang, step.name.get(lang), &what));
                }
            }
            s.push_str(&list(&tr(lang, "kit-does"), &does));
            if !a.sources.is_empty() {
                let keys: Vec<String> =
                    a.sources.iter().map(|src| format!("[{}]", scn.sources[src.index()].key)).collect();
                s.push_str(&format!(
                    "<p class=\"muted\">{}</p>\n",
                    esc(&labelled(lang, &tr(lang, "export-sources"), &keys.join(", ")))
                ));
            }
            s.push_str("</div>\n");
        }
        s.push_str("</div>\n</section>\n");
    }
    s
}

/// The level's terms: its indicators (which way helps whom), the kinds of pressure and where
/// they turn strained and critical, each side's resources.
fn glossary(scn: &Scenario, lang: Lang) -> String {
    let mut s = format!(
        "<section class=\"part\" data-part=\"glossary\">\n<h2>{}</h2>\n<table>\n",
        esc(&tr(lang, "kit-glossary"))
    );
    let mut row = |term: &str, meaning: &str| {
        s.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", esc(term), esc(meaning)));
    };
    for (i, def) in scn.indicators.iter().enumerate() {
        row(def.name.get(lang), &describe::indicator_stakes(scn, crate::sim::IndicatorId(i as u16), lang));
    }
    for kind in crate::sim::StockKind::ALL {
        if !scn.places.iter().any(|p| p.stock(kind).is_some()) {
            continue;
        }
        let (strained, critical) = scn.pressure.thresholds(kind);
        let meaning = tr_args(
            lang,
            "kit-pressure",
            &[
                ("strained", crate::i18n::percent(lang, strained * 100.0).into()),
                ("critical", crate::i18n::percent(lang, critical * 100.0).into()),
            ],
        );
        row(&describe::kind(kind, lang), &meaning);
    }
    for side in Side::BOTH {
        for r in &scn.side(side).resources {
            row(
                r.name.get(lang),
                &tr_args(lang, "kit-resource-of", &[("side", describe::side(scn, side, lang).into())]),
            );
        }
    }
    s.push_str("</table>\n</section>\n");
    s
}

fn sources(scn: &Scenario, lang: Lang) -> String {
    let mut s = format!(
        "<section class=\"part sources\" data-part=\"sources\">\n<h2>{}</h2>\n<ul>\n",
        esc(&tr(lang, "export-sources"))
    );
    for source in &scn.sources {
        let caution = if source.caution { format!(" ({})", tr(lang, "export-caution")) } else { String::new() };
        // The address as text: a printed page has no links, and nothing is fetched on opening.
        let url = source.url.as_deref().map_or(String::new(), |u| format!(" — {u}"));
        s.push_str(&format!(
            "<li>[{}] {}{}{}</li>\n",
            esc(&source.key),
            esc(source.text.get(lang)),
            esc(&caution),
            esc(&url)
        ));
    }
    s.push_str("</ul>\n</section>\n");
    s
}

/// A titled list, or nothing when it is empty.
fn list(title: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut s = format!("<p><strong>{}</strong></p>\n<ul>\n", esc(title));
    for item in items {
        s.push_str(&format!("<li>{}</li>\n", esc(item)));
    }
    s.push_str("</ul>\n");
    s
}
