//! What each seat may know (`sim::View`), on a fixture level made for it: hidden figures, the
//! other side's secret projects, flags and orders stay out of a view until they come out, and
//! a refusal never tells of them.

mod common;

use nuage::sim::happening::Quantity;
use nuage::sim::{
    Cause, Game, Happening, Order, PlaceId, ProjectId, Refusal, Side, StockKind, Target, View, Viewer, orders,
};

fn order(game: &Game, side: Side, key: &str, target: Target) -> Order {
    Order { side, action: common::action(&game.scenario, key), target }
}

fn place(game: &Game, key: &str) -> PlaceId {
    PlaceId(game.scenario.places.iter().position(|p| p.key == key).expect("a place of the fixture") as u16)
}

/// The owner lays its secret pipe, then builds the public hall, and gets its secret waiver.
fn owner_moves(game: &mut Game) {
    let yard = Target::Place(place(game, "yard"));
    game.submit(&order(game, Side::Builder, "pipe", yard)).unwrap();
    game.submit(&order(game, Side::Builder, "hall", yard)).unwrap();
    game.submit(&order(game, Side::Builder, "waiver", Target::None)).unwrap();
    game.end_phase(Side::Builder).unwrap();
}

fn flag_on(game: &Game, view: &View, key: &str) -> bool {
    view.world.flags[game.scenario.flags.iter().position(|f| f.key == key).unwrap()]
}

#[test]
fn a_hidden_stock_is_masked_until_revealed() {
    let mut game = Game::new(common::fixture("secrets.ron"), 1);
    owner_moves(&mut game);
    let spring = place(&game, "spring");
    // Make the real figure differ from the published one.
    game.world.stock_mut(spring, StockKind::Water).unwrap().demand[1] = 95.0;
    let neighbours = View::of(&game, Side::Collective);
    assert!(!neighbours.knows_stock(spring, 0));
    let seen = neighbours.world.stock(spring, StockKind::Water).unwrap();
    assert_eq!(seen.demand[1], 60.0, "the published figure stands in for the real one");
    let owner = View::of(&game, Side::Builder);
    assert!(owner.knows_stock(spring, 0));
    assert_eq!(owner.world.stock(spring, StockKind::Water).unwrap().demand[1], 95.0);
    let public = View::of(&game, Viewer::Public);
    assert!(!public.knows_stock(spring, 0), "the projector does not see the owner's figures");

    game.submit(&order(&game, Side::Collective, "investigate", Target::Place(spring))).unwrap();
    let neighbours = View::of(&game, Side::Collective);
    assert!(neighbours.knows_stock(spring, 0));
    assert_eq!(neighbours.world.stock(spring, StockKind::Water).unwrap().demand[1], 95.0);
}

#[test]
fn the_other_sides_secret_project_flag_and_order_stay_out_of_a_view() {
    let mut game = Game::new(common::fixture("secrets.ron"), 1);
    owner_moves(&mut game);
    let neighbours = View::of(&game, Side::Collective);
    // Only the hall: the pipe is not there, and the hall is numbered 0, not 1.
    assert_eq!(neighbours.world.projects.len(), 1);
    assert_eq!(game.scenario.action(neighbours.world.projects[0].action).key, "hall");
    assert_eq!(neighbours.world.projects[0].id, ProjectId(0));
    assert_eq!(neighbours.game_project(ProjectId(0)), Some(ProjectId(1)));
    assert!(!flag_on(&game, &neighbours, "waiver"), "the waiver is the owner's secret");
    let waiver = common::action(&game.scenario, "waiver");
    assert_eq!(neighbours.world.uses[waiver.index()], 0, "nor how often it was sought");
    // The owner's purse is not the neighbours' business.
    assert_eq!(neighbours.world.side(Side::Builder).resources, vec![100.0]);
    assert!(!neighbours.purse_known[Side::Builder.index()]);
    // Their log has the hall, not the pipe nor the waiver; the public indicator moved "for
    // reasons you do not know".
    let secret_actions = [common::action(&game.scenario, "pipe"), waiver];
    for entry in &neighbours.log {
        if let Happening::OrderGiven { order, .. } = &entry.happening {
            assert!(!secret_actions.contains(&order.action), "a secret order in the neighbours' log");
        }
        assert!(!matches!(entry.happening, Happening::Flag { .. }), "the secret flag in the neighbours' log");
    }
    let moved = neighbours.log.iter().find_map(|e| match &e.happening {
        Happening::Changed { quantity: Quantity::Indicator(_), delta, cause } if *delta == 12.0 => Some(cause.clone()),
        _ => None,
    });
    assert_eq!(moved, Some(Cause::Unknown));
    // The owner's own view has all of it.
    let owner = View::of(&game, Side::Builder);
    assert_eq!(owner.world.projects.len(), 2);
    assert!(flag_on(&game, &owner, "waiver"));
    assert_eq!(owner.world.uses[waiver.index()], 1);
}

#[test]
fn a_card_that_needs_a_secret_flag_stays_refused_until_the_secret_comes_out() {
    let mut game = Game::new(common::fixture("secrets.ron"), 1);
    owner_moves(&mut game);
    let contest = common::action(&game.scenario, "contest_waiver");
    let neighbours = View::of(&game, Side::Collective);
    let options = orders::action_options(&game.scenario, &neighbours.world, Side::Collective, contest);
    assert!(options.legal.is_empty(), "the contest lit up on the owner's secret");
    assert!(matches!(options.blocked, Some((_, Refusal::Requirement(0)))));

    let yard = place(&game, "yard");
    game.submit(&order(&game, Side::Collective, "investigate", Target::Place(yard))).unwrap();
    game.end_phase(Side::Collective).unwrap();
    game.end_phase(Side::Builder).unwrap();
    let neighbours = View::of(&game, Side::Collective);
    assert!(flag_on(&game, &neighbours, "waiver"), "the inquiry brought the waiver out");
    assert_eq!(neighbours.world.projects.len(), 2, "and the pipe");
    let options = orders::action_options(&game.scenario, &neighbours.world, Side::Collective, contest);
    assert_eq!(options.legal.len(), 1);
}

#[test]
fn a_refusal_never_tells_of_a_secret_project_and_its_owner_may_act_on_it() {
    let mut game = Game::new(common::fixture("secrets.ron"), 1);
    owner_moves(&mut game);
    // The pipe is project 0 in the game. Aimed at by its number, it is an unknown target.
    let object = order(&game, Side::Collective, "object", Target::Project(ProjectId(0)));
    assert_eq!(game.check(&object), Err(Refusal::UnknownTarget));
    let object_hall = order(&game, Side::Collective, "object", Target::Project(ProjectId(1)));
    assert_eq!(game.check(&object_hall), Ok(()));
    // The neighbours' choices name only the hall.
    let options = orders::action_options(&game.scenario, &game.world, Side::Collective, object.action);
    assert_eq!(options.legal, vec![object_hall]);
    // The owner is not refused its own secret project.
    let mut owner_turn = Game::new(common::fixture("secrets.ron"), 1);
    let yard = Target::Place(place(&owner_turn, "yard"));
    owner_turn.submit(&order(&owner_turn, Side::Builder, "pipe", yard)).unwrap();
    assert!(nuage::sim::visibility::sees_project(&owner_turn.world, Side::Builder, ProjectId(0)));
    assert!(!nuage::sim::visibility::sees_project(&owner_turn.world, Side::Collective, ProjectId(0)));
}

#[test]
fn a_view_never_carries_the_games_draws() {
    let mut game = Game::new(common::fixture("secrets.ron"), 1);
    owner_moves(&mut game);
    let a = View::without_log(&game.scenario, &game.world, &game.history, Side::Collective);
    let mut other = game.clone();
    other.world.rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(99);
    let b = View::without_log(&other.scenario, &other.world, &other.history, Side::Collective);
    assert_eq!(a, b);
    assert_ne!(a.world.rng, game.world.rng);
}

mod fairness {
    //! Two games that differ only in what a seat cannot see give that seat the same view, and
    //! its computer player the same decision, at every difficulty.

    use super::common;
    use nuage::ai::Difficulty;
    use nuage::policy::{Policy, PolicyKind};
    use nuage::sim::world::{Project, ProjectStatus};
    use nuage::sim::{Game, Phase, PlaceId, ProjectId, Side, View, visibility};
    use proptest::prelude::*;

    /// `game` with everything `viewer` cannot see changed: hidden figures scaled, the other
    /// side's purse and action points changed, the game's draws reseeded, and a secret project
    /// of the other side added where the level has such an action.
    fn perturbed(game: &Game, viewer: Side, scale: f64, reseed: u64) -> Game {
        let mut other = game.clone();
        let world = &mut other.world;
        for p in 0..world.stocks.len() {
            for s in 0..world.stocks[p].len() {
                let kind = world.stocks[p][s].kind;
                if !visibility::sees_stock(&game.world, viewer, PlaceId(p as u16), kind) {
                    let stock = &mut world.stocks[p][s];
                    stock.capacity *= scale;
                    stock.demand.iter_mut().for_each(|d| *d *= scale);
                    stock.reserved += 3.0;
                }
            }
        }
        let them = viewer.other();
        world.side_mut(them).resources.iter_mut().for_each(|r| *r = *r * scale + 1.0);
        world.side_mut(them).extra_income.iter_mut().for_each(|r| *r += scale);
        world.rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(reseed);
        let scn = &game.scenario;
        let secret = scn.actions_of(them).find(|(_, a)| a.secret && a.project.is_some());
        if let Some((action, def)) = secret {
            let milestone = &def.project.as_ref().unwrap().milestones[0];
            let place = (0..scn.places.len()).map(|p| PlaceId(p as u16)).find(|p| def.target.accepts(scn.place(*p)));
            world.projects.push(Project {
                id: ProjectId(world.projects.len() as u16),
                action,
                side: them,
                place,
                started: world.turn.max(world.side(them).secrets_revealed_before),
                milestone: 0,
                remaining: milestone.turns,
                blocked: 0,
                status: ProjectStatus::Active,
                secret: true,
                marks: Default::default(),
            });
        }
        other
    }

    fn levels() -> Vec<std::sync::Arc<nuage::sim::Scenario>> {
        vec![common::load("marseille.ron"), common::load("tutorial.ron"), common::fixture("secrets.ron")]
    }

    const PLAYERS: [PolicyKind; 5] = [
        PolicyKind::Ai(Difficulty::Easy),
        PolicyKind::Ai(Difficulty::Medium),
        PolicyKind::Ai(Difficulty::Hard),
        PolicyKind::Greedy,
        PolicyKind::Random,
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
        #[test]
        fn what_a_seat_cannot_see_changes_neither_its_view_nor_its_decisions(
            level in 0usize..3,
            seed in 0u64..10_000,
            phases in 0u32..12,
            scale in 0.3f64..3.0,
            reseed in any::<u64>(),
        ) {
            let scenario = levels().swap_remove(level);
            // A game played some phases by random players on both sides.
            let mut game = Game::new(scenario.clone(), seed);
            let mut players = Side::BOTH.map(|s| Policy::new(&scenario, PolicyKind::Random, s, seed));
            for _ in 0..phases {
                let Phase::Orders(side) = game.world.phase else { break };
                nuage::policy::play_phase(&mut game, &mut players[side.index()]);
                game.end_phase(side).unwrap();
            }
            let Phase::Orders(side) = game.world.phase else { return Ok(()) };
            let other = perturbed(&game, side, scale, reseed);
            prop_assert_ne!(&game.world, &other.world);
            let view = View::of(&game, side);
            let other_view = View::of(&other, side);
            prop_assert_eq!(&view, &other_view);
            for kind in PLAYERS {
                let mut a = Policy::new(&scenario, kind, side, seed);
                let mut b = Policy::new(&scenario, kind, side, seed);
                let (da, db) = (a.decide_in_view(&scenario, &view), b.decide_in_view(&scenario, &other_view));
                prop_assert_eq!(da.as_ref().map(|d| (d.order, d.reason.clone())), db.as_ref().map(|d| (d.order, d.reason.clone())), "{} decided differently", kind);
            }
        }
    }
}

#[test]
fn an_order_whose_requirement_fails_for_a_secret_reason_is_paid_and_comes_to_nothing() {
    // The neighbours' contest needs the waiver; make their view believe in it while the owner's
    // secret has in fact been undone, by clearing the real flag behind their back.
    let mut game = Game::new(common::fixture("secrets.ron"), 1);
    owner_moves(&mut game);
    let yard = place(&game, "yard");
    game.give(&order(&game, Side::Collective, "investigate", Target::Place(yard))).unwrap();
    game.end_phase(Side::Collective).unwrap();
    game.end_phase(Side::Builder).unwrap();
    let waiver = game.scenario.flags.iter().position(|f| f.key == "waiver").unwrap();
    game.world.flags[waiver] = false;
    let contest = order(&game, Side::Collective, "contest_waiver", Target::None);
    assert_eq!(game.check_as_seen(&contest), Ok(()), "the neighbours know of the waiver");
    assert_eq!(game.check(&contest), Err(Refusal::Requirement(0)));
    let time_before = game.world.side(Side::Collective).resources[0];
    let trust_before = game.world.indicators[0];
    let happenings = game.give(&contest).expect("given in good faith");
    assert!(happenings.iter().any(|h| matches!(h, Happening::CameToNothing { .. })));
    assert_eq!(game.world.side(Side::Collective).resources[0], time_before - 1.0, "paid for");
    assert_eq!(game.world.indicators[0], trust_before, "and did nothing");
    assert_eq!(game.world.uses[contest.action.index()], 1);
    // A refusal the neighbours may know of stays a refusal: they have no time for two inquiries.
    let again = order(&game, Side::Collective, "contest_waiver", Target::None);
    assert!(game.give(&again).is_err());
}

#[test]
fn a_condition_on_a_figure_the_seat_does_not_know_reads_as_an_estimate() {
    use nuage::i18n::Lang;
    use nuage::sim::describe;
    let game = Game::new(common::fixture("secrets.ron"), 1);
    // "The spring runs dry": the highest water pressure, and the spring's is the owner's secret.
    let dry = &game.scenario.endings[0].condition;
    let words = |side: Side, lang: Lang| {
        describe::condition_seen(&game.scenario, &View::of(&game, side), dry, &Default::default(), lang)
    };
    assert!(
        words(Side::Collective, Lang::En).contains("(now about 60%, an estimate)"),
        "{}",
        words(Side::Collective, Lang::En)
    );
    assert!(words(Side::Collective, Lang::Fr).contains("une estimation"));
    assert!(!words(Side::Builder, Lang::En).contains("estimate"), "{}", words(Side::Builder, Lang::En));
}

#[test]
fn a_secret_whose_level_says_so_moves_a_public_figure_only_once_it_comes_out() {
    // The fixture's waiver, with its effects kept out of sight until the secret comes out.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/secrets.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let marked = r#"(key: "waiver", side: Builder, secret: true,"#;
    assert!(text.contains(marked));
    let text = text.replace(marked, &format!("{marked} effects_show: WhenRevealed,"));
    let scenario = std::sync::Arc::new(nuage::level::parse("secrets.ron", &text).expect("the level loads"));
    let mut game = Game::new(scenario, 1);
    owner_moves(&mut game);
    let regulation = game.scenario.indicators.iter().position(|i| i.key == "regulation").unwrap();
    assert_eq!(game.world.indicators[regulation], 52.0, "the waiver moved the figure");
    let changed = |view: &View| {
        view.log.iter().any(|e| matches!(&e.happening, Happening::Changed { quantity: Quantity::Indicator(_), delta, .. } if *delta == 12.0))
    };
    for viewer in [Viewer::Side(Side::Collective), Viewer::Public] {
        let view = View::of(&game, viewer);
        assert_eq!(view.world.indicators[regulation], 40.0, "{viewer:?} sees the figure where it was");
        assert!(!changed(&view), "{viewer:?}: not even 'for reasons you do not know'");
    }
    let owner = View::of(&game, Side::Builder);
    assert_eq!(owner.world.indicators[regulation], 52.0);
    // The inquiry brings the waiver out, and its effect with it, cause and all.
    let yard = place(&game, "yard");
    game.submit(&order(&game, Side::Collective, "investigate", Target::Place(yard))).unwrap();
    game.end_phase(Side::Collective).unwrap();
    game.end_phase(Side::Builder).unwrap();
    let neighbours = View::of(&game, Side::Collective);
    assert_eq!(neighbours.world.indicators[regulation], game.world.indicators[regulation]);
    let cause = neighbours.log.iter().find_map(|e| match &e.happening {
        Happening::Changed { quantity: Quantity::Indicator(_), delta, cause } if *delta == 12.0 => Some(cause.clone()),
        _ => None,
    });
    assert!(matches!(cause, Some(Cause::Order { side: Side::Builder, .. })), "{cause:?}");
}

#[test]
fn a_level_crossing_that_a_withheld_secret_caused_stays_out_of_sight_until_it_comes_out() {
    // The fixture's spring made public, and its secret pipe's effects kept out of sight until
    // the secret comes out: the pipe's 50 m³/h push the spring from 60% to 110%.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/secrets.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let marked = r#"(key: "pipe", side: Builder, secret: true,"#;
    let spring = r#"demand: {"village": 60}, hidden: true,"#;
    assert!(text.contains(marked) && text.contains(spring));
    let text = text
        .replace(marked, &format!("{marked} effects_show: WhenRevealed,"))
        .replace(spring, r#"demand: {"village": 60}, hidden: false,"#);
    let scenario = std::sync::Arc::new(nuage::level::parse("secrets.ron", &text).expect("the level loads"));
    let mut game = Game::new(scenario, 1);
    owner_moves(&mut game);
    for _ in 0..3 {
        game.end_phase(Side::Collective).unwrap();
        game.end_phase(Side::Builder).unwrap();
    }
    let spring = place(&game, "spring");
    let crossed = |log: &[nuage::sim::history::Entry]| {
        log.iter().any(|e| matches!(e.happening, Happening::LevelChanged { place, .. } if place == spring))
    };
    assert!(crossed(&game.history.log), "the pipe's demand made the spring cross a level");
    for viewer in [Viewer::Side(Side::Collective), Viewer::Public] {
        let view = View::of(&game, viewer);
        assert!(!crossed(&view.log), "{viewer:?} reads no crossing of a figure it sees unmoved");
        let report = nuage::sim::visibility::seen_log(&game.scenario, &game.world, &game.history.log, viewer);
        assert!(
            !report
                .into_iter()
                .any(|(_, e)| matches!(e.happening, Happening::LevelChanged { place, .. } if place == spring))
        );
    }
    assert!(crossed(&View::of(&game, Side::Builder).log), "the owner knows");
    // The inquiry brings the pipe out: the crossing shows with it.
    let yard = place(&game, "yard");
    game.submit(&order(&game, Side::Collective, "investigate", Target::Place(yard))).unwrap();
    game.end_phase(Side::Collective).unwrap();
    assert!(crossed(&View::of(&game, Side::Collective).log));
}
