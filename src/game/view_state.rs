//! What the screens show and how, apart from the game: which map and how it is framed, the
//! place selected, the windows open, the pause menu's save name and slots, and the notices
//! waiting to be read.

use bevy::prelude::Resource;

use crate::sim::PlaceId;
use crate::sim::scenario::MapKind;

#[derive(Resource)]
pub struct ViewState {
    pub map: MapKind,
    /// Zoom and pan of the port map and of the world map.
    pub cameras: [super::board::View; 2],
    /// The place last clicked on the map: actions aimed at it are offered first.
    pub selected: Option<PlaceId>,
    /// The goals window was asked for from the bottom bar.
    pub goals_open: bool,
    /// The pause menu is open.
    pub paused: bool,
    /// The encyclopedia window is open, and what it is filtered by.
    pub sources_open: bool,
    pub sources_filter: String,
    /// The save name typed in the pause menu; `None` for the default name, in the language of
    /// the moment.
    pub slot_name: Option<String>,
    /// The save slots as last read; `None` to read the folder again.
    pub slots: Option<Vec<crate::saves::Slot>>,
    /// The folder being read off the main thread, while `slots` is `None`.
    pub slots_reading: Option<SlotsReading>,
    /// The outcome of the last save, or a computer stopped short, shown in the pause menu.
    pub notice: Option<String>,
    /// The outcome of the last export, shown on the debrief.
    pub export_notice: Option<String>,
    /// What went wrong with the settings file or the icons' files, told with the settings
    /// until dismissed.
    pub settings_notice: Option<String>,
    /// A game interrupted before its ending (a crash, a closed lid), offered on the title.
    pub interrupted: Option<super::autosave::Interrupted>,
    /// Which part of the debrief is shown (`debrief::DebriefView`).
    pub debrief: super::debrief::DebriefView,
    /// When the window must wake next without input (a countdown's next second, a
    /// demonstration's next phase): `game::wake`.
    pub wake_at: Option<std::time::Instant>,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            map: MapKind::Port,
            cameras: Default::default(),
            selected: None,
            goals_open: false,
            paused: false,
            sources_open: false,
            sources_filter: String::new(),
            slot_name: None,
            slots: None,
            slots_reading: None,
            notice: None,
            export_notice: None,
            settings_notice: None,
            interrupted: None,
            wake_at: None,
            debrief: Default::default(),
        }
    }
}

impl ViewState {
    /// What the board follows (the map shown and its framing, the selection, what covers the
    /// board): the play screen marks the view changed only when this changes, so that the
    /// board's systems run on change rather than on every frame.
    pub fn board_stamp(&self) -> impl PartialEq + use<> {
        (self.map, self.cameras, self.selected, self.goals_open, self.paused, self.sources_open)
    }

    /// A game was started or loaded: nothing of the last one stays selected or open.
    pub fn new_game(&mut self) {
        self.selected = None;
        self.goals_open = false;
        self.paused = false;
        self.slots = None;
        self.slots_reading = None;
        self.export_notice = None;
        self.debrief = Default::default();
    }

    /// Opens or closes the pause menu; its list of saves is read again when it opens.
    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
        self.slots = None;
        self.slots_reading = None;
    }

    /// The save name as the pause menu shows it.
    pub fn slot_name(&self, lang: crate::i18n::Lang) -> String {
        self.slot_name.clone().unwrap_or_else(|| crate::i18n::tr(lang, "ui-default-slot"))
    }
}

/// The saves folder read on a thread of its own: a folder of many large saves is read and
/// checked whole, which may take seconds, and the menu must not freeze meanwhile.
pub struct SlotsReading(super::background::Task<Vec<crate::saves::Slot>>);

impl SlotsReading {
    /// Starts reading `dir`, each save checked against the levels it may belong to.
    pub fn start(dir: std::path::PathBuf, levels: Vec<std::sync::Arc<crate::sim::Scenario>>) -> SlotsReading {
        SlotsReading(super::background::Task::start(move || crate::saves::list(&dir, &levels)))
    }

    /// The slots once read, waiting a frame's worth at most; `None` while still reading.
    pub fn poll(&self) -> Option<Vec<crate::saves::Slot>> {
        match self.0.poll() {
            super::background::Poll::Done(slots) => Some(slots),
            // A reader that died (it cannot panic on a file, but if it did) leaves an empty list.
            super::background::Poll::Lost => Some(Vec::new()),
            super::background::Poll::Running => None,
        }
    }
}
