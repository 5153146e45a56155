//! Typed indices into a scenario's tables, resolved once when a level is loaded.

use serde::{Deserialize, Serialize};

macro_rules! index_id {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub struct $name(pub u16);

        impl $name {
            /// Position of the item in its scenario table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_id! {
    /// A zone of the port map or a node of the global map.
    PlaceId,
    /// A society-wide quantity (awareness, legitimacy, hub rank...).
    IndicatorId,
    /// One side's spendable resource (capital, volunteer time...).
    ResourceId,
    /// A user of a stock (residents, cooling, farming...).
    UserId,
    /// An action a side can order.
    ActionId,
    /// A card of the news deck.
    EventId,
    /// A named ending.
    EndingId,
    /// A named yes/no fact of the world (a moratorium voted, export controls on).
    FlagId,
    /// A cited source.
    SourceId,
    /// A season of the calendar.
    SeasonId,
    /// A link drawn between places (cable, supply route).
    LinkId,
    /// A project started during play (not a scenario table: numbered in order of creation).
    ProjectId,
}
