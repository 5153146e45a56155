//! What the hover box says about the thing under the pointer: a place's figures, who goes
//! short and where the figures come from; a route's ends and load; a landmark; a project.

use crate::i18n::{Lang, labelled, percent, tr, tr_args};
use crate::sim::{PlaceId, ProjectId, Scenario, View, describe, pressure};

use super::Hovered;

/// The hover box's lines for what is hovered, as the viewer may see it: a place's figures from
/// the viewer's view, a project if the viewer knows of it.
pub fn text(scn: &Scenario, view: &View, hovered: Hovered, lang: Lang) -> Option<String> {
    match hovered {
        Hovered::Place(id) if id.index() < scn.places.len() => Some(place(scn, view, id, lang)),
        Hovered::Link(i) if i < scn.links.len() => Some(link(scn, i, lang)),
        Hovered::Landmark(i) if i < scn.landmarks.len() => {
            let l = &scn.landmarks[i];
            let mut lines = vec![l.name.get(lang).to_owned()];
            if !l.description.get(lang).is_empty() {
                lines.push(l.description.get(lang).to_owned());
            }
            push_sources(scn, l.sources.iter(), &mut lines, lang);
            Some(lines.join("\n"))
        }
        Hovered::Project(p) => project(scn, view, p, lang),
        _ => None,
    }
}

/// "Source: what it is about" for the sources given (the first, and how many more), in
/// `lines`; nothing for none.
pub fn push_sources<'a>(
    scn: &Scenario,
    ids: impl Iterator<Item = &'a crate::sim::SourceId>,
    lines: &mut Vec<String>,
    lang: Lang,
) {
    // What the source says, not its key: a reader knows it by what it is about.
    let mut keys: Vec<usize> = ids.map(|id| id.index()).collect();
    keys.sort_unstable();
    keys.dedup();
    let Some(first) = keys.first() else { return };
    let about = excerpt(scn.sources[*first].text.get(lang), 72);
    let more = keys.len() - 1;
    lines.push(if more > 0 {
        tr_args(lang, "ui-sources-more", &[("first", about.into()), ("more", (more as u32).into())])
    } else {
        tr_args(lang, "ui-sources-one", &[("first", about.into())])
    });
}

/// A place: each stock's pressure with its largest users, who goes short, what is booked.
/// The first `max` characters of `text`, with "…" when there is more.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut start: String = text.chars().take(max).collect();
    if start.len() < text.len() {
        start.push('…');
    }
    start
}

pub fn place(scn: &Scenario, view: &View, id: PlaceId, lang: Lang) -> String {
    let world = &view.world;
    let def = scn.place(id);
    let mut lines = vec![def.name.get(lang).to_owned()];
    for (s, stock) in world.stocks[id.index()].iter().enumerate() {
        let value = if view.knows_stock(id, s) {
            let p = pressure::of_stock(scn, world, stock);
            let short: Vec<String> = pressure::served(scn, world, stock)
                .into_iter()
                .filter(|(_, share)| *share < 0.999)
                .map(|(u, share)| format!("{} {}", scn.users[u.index()].name.get(lang), percent(lang, share * 100.0)))
                .collect();
            let mut causes = describe::users_of(scn, stock, lang);
            causes.truncate(3);
            let mut text = percent(lang, p * 100.0);
            if !causes.is_empty() {
                text.push_str(&format!(" ({})", causes.join(", ")));
            }
            if !short.is_empty() {
                text.push_str(&format!(" — {} {}", tr(lang, "ui-served"), short.join(", ")));
            }
            if let Some(booking) = describe::booking(scn, world, stock, lang) {
                text.push_str(&format!("; {booking}"));
            }
            text
        } else {
            "?".to_owned()
        };
        lines.push(labelled(lang, &describe::kind(stock.kind, lang), &value));
    }
    push_sources(scn, def.stocks.iter().flat_map(|s| &s.sources), &mut lines, lang);
    lines.join("\n")
}

/// A route: its name, its ends, what it carries.
pub fn link(scn: &Scenario, index: usize, lang: Lang) -> String {
    let def = &scn.links[index];
    let ends = tr_args(
        lang,
        "ui-route",
        &[("from", scn.place(def.from).name.get(lang).into()), ("to", scn.place(def.to).name.get(lang).into())],
    );
    let mut lines = vec![def.name.get(lang).to_owned(), ends];
    if !def.carries.get(lang).is_empty() {
        lines.push(def.carries.get(lang).to_owned());
    }
    push_sources(scn, def.sources.iter(), &mut lines, lang);
    lines.join("\n")
}

/// A project (by the game's number): the action, where, and how far along, as the viewer knows
/// it; nothing for one it does not know of.
fn project(scn: &Scenario, view: &View, id: ProjectId, lang: Lang) -> Option<String> {
    let p = view.project(id)?;
    let owner = describe::side(scn, p.side, lang);
    let title = labelled(lang, &owner, &describe::project(scn, &view.world, p.id, lang));
    Some(format!("{title}\n{}", describe::project_step(scn, p, lang)))
}
