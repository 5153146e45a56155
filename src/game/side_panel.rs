//! The right-hand panel of the play screen: the place selected on the map (its figures, each
//! with a link to its sources), the projects under way (their step, what holds them up, how
//! the other side can contest them), and the event log, whose entries show their place.

use bevy_egui::egui;

use super::Playing;
use crate::i18n::{Lang, labelled, number, percent, tr, tr_args};
use crate::sim::happening::Quantity;
use crate::sim::history::Entry;
use crate::sim::world::ProjectStatus;
use crate::sim::{Happening, PlaceId, Scenario, Side, Target, Viewer, World, describe, pressure, projects, visibility};

/// Log entries shown during play, newest first; the debrief's timeline has them all.
const LOG_SHOWN: usize = 80;

/// What a click in the panel asks for.
pub enum Pick {
    /// Show this place on its map.
    Place(PlaceId),
    /// Open the encyclopedia at this source.
    Source(String),
}

/// The panel for `side`, with the place `selected` on the map first.
pub fn show(ui: &mut egui::Ui, playing: &Playing, selected: Option<PlaceId>, side: Side, lang: Lang) -> Option<Pick> {
    let game = playing.game.as_ref()?;
    let scn = &game.scenario;
    let mut pick = None;
    if let Some(place) = selected {
        egui::CollapsingHeader::new(egui::RichText::new(scn.place(place).name.get(lang)).strong())
            .id_salt("selected")
            .default_open(true)
            .show(ui, |ui| {
                if let Some(known) = playing.view(side) {
                    pick = place_figures(ui, scn, &known, place, lang).or(pick.take());
                }
            });
    }
    egui::CollapsingHeader::new(egui::RichText::new(tr(lang, "ui-projects")).strong())
        .id_salt("projects")
        .default_open(true)
        .show(ui, |ui| {
            if let Some(known) = playing.view(side)
                && let Some(p) = projects(ui, scn, &known, lang)
            {
                pick = Some(p);
            }
        });
    ui.separator();
    ui.heading(tr(lang, "ui-log"));
    let lines = playing.log_lines(side, lang);
    egui::ScrollArea::vertical().id_salt("log").show(ui, |ui| {
        for (text, place) in lines.iter().flat_map(|l| l.iter()) {
            match place {
                Some(place) => {
                    let shown = ui.add(egui::Label::new(text).sense(egui::Sense::click()));
                    if shown.on_hover_text(tr(lang, "ui-log-show-place")).clicked() {
                        pick = Some(Pick::Place(*place));
                    }
                }
                None => {
                    ui.label(text);
                }
            }
        }
    });
    pick
}

/// The newest entries of the log that `viewer` may see, in words, with the place each is about.
pub fn log_lines(game: &crate::sim::Game, viewer: Viewer, lang: Lang) -> Vec<(String, Option<PlaceId>)> {
    let (scn, world) = (&game.scenario, &game.world);
    let log = &game.history.log;
    // A computer's order follows its reason, which already names it: shown once.
    let explained = |i: usize| match (&log[i].happening, i.checked_sub(1).map(|p| &log[p].happening)) {
        (Happening::OrderGiven { order, .. }, Some(Happening::Reasoned(reason))) => reason.order == *order,
        _ => false,
    };
    visibility::seen_log(scn, world, log, viewer)
        .rev()
        .filter(|(i, _)| !explained(*i))
        .map(|(_, e)| e)
        .take(LOG_SHOWN)
        .map(|e| {
            let text = format!("[{}] {}", e.turn + 1, describe::happening(scn, world, &e.happening, lang));
            (text, place_of(scn, world, &e))
        })
        .collect()
}

/// The place a log entry is about, if any.
pub fn place_of(scn: &Scenario, world: &World, entry: &Entry) -> Option<PlaceId> {
    use Happening as H;
    match &entry.happening {
        H::LevelChanged { place, .. } | H::Revealed { place, .. } => Some(*place),
        H::Changed { quantity: Quantity::Demand(place, ..) | Quantity::Capacity(place, _), .. } => Some(*place),
        H::OrderGiven { order, .. } => match order.target {
            Target::Place(place) => Some(place),
            Target::Project(p) => world.project(p).and_then(|p| p.place),
            Target::None => None,
        },
        H::ProjectStarted(p)
        | H::ProjectCompleted(p)
        | H::MilestoneReached { project: p, .. }
        | H::ProjectWaiting { project: p, .. }
        | H::ProjectDelayed { project: p, .. }
        | H::ProjectBlocked { project: p, .. }
        | H::ProjectCancelled { project: p, .. } => world.project(*p).and_then(|p| p.place),
        _ => {
            let _ = scn;
            None
        }
    }
}

/// Each stock of the place as the side's view has it: pressure, who draws on it, and a link to
/// the figures' sources.
fn place_figures(
    ui: &mut egui::Ui,
    scn: &Scenario,
    view: &crate::sim::View,
    place: PlaceId,
    lang: Lang,
) -> Option<Pick> {
    let world = &view.world;
    let mut pick = None;
    let def = scn.place(place);
    ui.label(egui::RichText::new(def.description.get(lang)).weak());
    for (s, (stock, stock_def)) in world.stocks[place.index()].iter().zip(&def.stocks).enumerate() {
        ui.horizontal_wrapped(|ui| {
            let kind = describe::kind(stock.kind, lang);
            if view.knows_stock(place, s) {
                let p = pressure::of_stock(scn, world, stock);
                let unit = stock_def.unit.get(lang);
                let value = format!(
                    "{} ({} / {} {unit})",
                    percent(lang, p * 100.0),
                    number(lang, stock.total_demand()),
                    number(lang, stock.capacity)
                );
                ui.label(labelled(lang, &kind, &value));
            } else {
                ui.label(labelled(lang, &kind, &tr(lang, "play-hidden")));
            }
            // Each source by the start of what it is (a reader does not know the keys), whole
            // on hover, opened in the encyclopedia on click.
            for source in &stock_def.sources {
                let def = &scn.sources[source.index()];
                let about = super::board::hover::excerpt(def.text.get(lang), 28);
                let hint = format!("{}\n{}", def.text.get(lang), tr(lang, "ui-open-source"));
                if ui.small_button(about).on_hover_text(hint).clicked() {
                    pick = Some(Pick::Source(def.key.clone()));
                }
            }
        });
        if view.knows_stock(place, s) {
            // The causes of the pressure: who draws how much, largest first.
            let parts = describe::users_of(scn, stock, lang);
            if !parts.is_empty() {
                ui.label(egui::RichText::new(labelled(lang, &tr(lang, "ui-drawn-by"), &parts.join(", "))).small());
            }
            // Capacity reserved without being drawn: what the connection queue reads.
            if let Some(booking) = describe::booking(scn, world, stock, lang) {
                ui.label(egui::RichText::new(booking).small());
            }
        }
    }
    pick
}

/// The projects under way that the viewer knows of, as it knows them: what a project waits
/// for is worded with the figures of the viewer's world, never the hidden ones.
fn projects(ui: &mut egui::Ui, scn: &Scenario, view: &crate::sim::View, lang: Lang) -> Option<Pick> {
    let world = &view.world;
    let mut pick = None;
    let mut any = false;
    for project in world.projects.iter().filter(|p| p.status == ProjectStatus::Active) {
        if scn.action(project.action).project.is_none() {
            continue;
        }
        any = true;
        ui.group(|ui| {
            let title = describe::project(scn, world, project.id, lang);
            let owner = describe::side(scn, project.side, lang);
            let heading = ui.add(
                egui::Label::new(egui::RichText::new(labelled(lang, &owner, &title)).strong())
                    .sense(egui::Sense::click()),
            );
            if let Some(place) = project.place
                && heading.on_hover_text(tr(lang, "ui-log-show-place")).clicked()
            {
                pick = Some(Pick::Place(place));
            }
            ui.label(describe::project_step(scn, project, lang));
            if project.blocked > 0 {
                ui.label(tr_args(lang, "ui-project-blocked", &[("turns", project.blocked.into())]));
            }
            if let Some((requirement, ctx)) = projects::waiting_on(scn, world, project.id) {
                let why = describe::condition(scn, world, requirement, &ctx, lang);
                ui.label(egui::RichText::new(labelled(lang, &tr(lang, "ui-project-waits"), &why)).italics());
            }
            // The other side's actions that can contest this step.
            let against: Vec<&str> = projects::contested_by(scn, world, project.id)
                .into_iter()
                .map(|a| scn.action(a).name.get(lang))
                .collect();
            if !against.is_empty() {
                ui.label(
                    egui::RichText::new(labelled(lang, &tr(lang, "ui-contested-by"), &against.join(", "))).small(),
                );
            }
        });
    }
    if !any {
        ui.label(egui::RichText::new(tr(lang, "ui-no-projects")).weak());
    }
    pick
}
