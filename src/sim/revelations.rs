//! What one side could not see during a game, for the debrief: the secret orders and when (if
//! ever) they came out, and the hidden figures and when they were revealed.

use super::happening::Happening;
use super::history::History;
use super::ids::*;
use super::order::Order;
use super::scenario::StockKind;
use super::world::World;

/// One thing that was hidden during play.
#[derive(Clone, Debug, PartialEq)]
pub enum Revelation {
    /// A secret order, the turn it was given, and the turn the other side learnt of it.
    SecretOrder { order: Order, given: u32, out: Option<u32> },
    /// A stock that started hidden: the turn it was revealed, `None` if it stayed hidden.
    HiddenStock { place: PlaceId, kind: StockKind, revealed: Option<u32> },
}

/// Every secret order in the order given, then every stock that was hidden at some point.
pub fn of_game(world: &World, history: &History) -> Vec<Revelation> {
    let log = &history.log;
    let mut found = Vec::new();
    for entry in log {
        let Happening::OrderGiven { order, secret: true } = &entry.happening else { continue };
        // A side's secrets come out when an investigation reveals everything it did before.
        let out = log
            .iter()
            .find(|e| {
                e.turn >= entry.turn
                    && matches!(e.happening, Happening::SecretsRevealed { side, .. } if side == order.side)
            })
            .map(|e| e.turn);
        found.push(Revelation::SecretOrder { order: *order, given: entry.turn, out });
    }
    for (p, stocks) in world.stocks.iter().enumerate() {
        let place = PlaceId(p as u16);
        for stock in stocks {
            let revealed = log
                .iter()
                .find(|e| matches!(e.happening, Happening::Revealed { place: at, kind, .. } if at == place && kind == stock.kind))
                .map(|e| e.turn);
            if stock.hidden || revealed.is_some() {
                found.push(Revelation::HiddenStock {
                    place,
                    kind: stock.kind,
                    revealed: revealed.filter(|_| !stock.hidden),
                });
            }
        }
    }
    found
}
