//! Lets egui rest when nothing changes: bevy_egui feeds a "modifiers changed" event to egui on
//! every frame, even when no key moved, and egui answers any input event with an immediate
//! repaint, so the window redrew for ever at idle (about 150% of a core under Xvfb). The event
//! is kept only when the modifier keys really changed.

use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
    );
}

/// Removes the modifier events that repeat the last state this context was told about.
fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        input.0.events.retain(|event| match event {
            egui::Event::ModifiersChanged(now) => last.insert(entity, *now) != Some(*now),
            _ => true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modifier_events(app: &App, entity: Entity) -> usize {
        let input = app.world().get::<EguiInput>(entity).expect("the context's input");
        input.0.events.iter().filter(|e| matches!(e, egui::Event::ModifiersChanged(_))).count()
    }

    /// Feeds one frame's events as bevy_egui does: a modifiers event, whatever happened.
    fn frame(app: &mut App, entity: Entity, modifiers: egui::Modifiers) {
        let mut input = app.world_mut().get_mut::<EguiInput>(entity).expect("the context's input");
        input.0.events = vec![egui::Event::ModifiersChanged(modifiers), egui::Event::PointerGone];
        app.update();
    }

    #[test]
    fn a_modifiers_event_is_kept_only_when_the_keys_changed() {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins).add_systems(Update, drop_unchanged_modifiers);
        let entity = app.world_mut().spawn(EguiInput::default()).id();
        frame(&mut app, entity, egui::Modifiers::NONE);
        assert_eq!(modifier_events(&app, entity), 1, "the first state is told");
        frame(&mut app, entity, egui::Modifiers::NONE);
        assert_eq!(modifier_events(&app, entity), 0, "the same state again wakes nothing");
        frame(&mut app, entity, egui::Modifiers::SHIFT);
        assert_eq!(modifier_events(&app, entity), 1, "a key pressed is told");
        // Other events pass untouched.
        let input = app.world().get::<EguiInput>(entity).unwrap();
        assert!(input.0.events.iter().any(|e| matches!(e, egui::Event::PointerGone)));
    }
}
