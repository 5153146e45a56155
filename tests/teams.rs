//! Games played in teams (`teams` in a side's definition, `Game::play_in_teams`): each team
//! gives the orders of its own actions from its share of its side's action points; a level's
//! teams are checked with located errors; a game not played in teams plays as before.

use std::sync::Arc;

use nuage::sim::{ActionId, Game, Order, Refusal, Side, Target, View};

/// The valley fixture, whose builders play in two teams of one action point each: the site
/// team builds, the mayor's friends charm.
fn valley_in_teams(teams: &str) -> String {
    let text = std::fs::read_to_string("tests/fixtures/valley.ron").unwrap();
    let from = r#"description: (en: "Wants the campus.", fr: "Veut le campus."), action_points: 1,
            resources: [(key: "money", name: (en: "money", fr: "argent"), initial: 50, income: 20)]),"#;
    assert!(text.contains(from), "the fixture's builders");
    let to = format!(
        r#"description: (en: "Wants the campus.", fr: "Veut le campus."), action_points: 2,
            resources: [(key: "money", name: (en: "money", fr: "argent"), initial: 100, income: 20)], teams: [{teams}]),"#
    );
    text.replace(from, &to)
}

const TWO_TEAMS: &str = r#"
    (key: "site", name: (en: "Site", fr: "Chantier"), role: (en: "You build.", fr: "Vous construisez."), actions: ["campus"], action_points: 1,
     objective: (name: (en: "A campus", fr: "Un campus"), condition: Completed("campus", AtLeast, 1))),
    (key: "friends", name: (en: "Friends", fr: "Amis"), role: (en: "You charm.", fr: "Vous charmez."), actions: ["charm"], action_points: 1),
"#;

fn scenario(teams: &str) -> Result<Arc<nuage::sim::Scenario>, String> {
    nuage::level::parse("valley-teams.ron", &valley_in_teams(teams)).map(Arc::new).map_err(|e| e.to_string())
}

fn order(game: &Game, key: &str) -> Order {
    let scn = &game.scenario;
    let action = ActionId(scn.actions.iter().position(|a| a.key == key).unwrap() as u16);
    let target = match key {
        "campus" => {
            Target::Place(nuage::sim::PlaceId(scn.places.iter().position(|p| p.key == "plain").unwrap() as u16))
        }
        _ => Target::None,
    };
    Order { side: Side::Builder, action, target }
}

#[test]
fn a_team_acts_from_its_own_share_and_the_others_still_may() {
    let scn = scenario(TWO_TEAMS).expect("the teams are valid");
    assert_eq!(scn.side(Side::Builder).teams.len(), 2);
    let mut game = Game::new(scn.clone(), 1);
    game.play_in_teams();
    assert_eq!(game.world.side(Side::Builder).team_points, vec![1, 1]);
    game.give(&order(&game, "charm")).expect("the friends charm");
    assert_eq!(
        game.check(&order(&game, "charm")),
        Err(Refusal::TeamActionPoints { team: 1, need: 1, have: 0 }),
        "their share is spent"
    );
    let why = nuage::sim::describe::refusal(
        &scn,
        &game.world,
        &order(&game, "charm"),
        &Refusal::TeamActionPoints { team: 1, need: 1, have: 0 },
        nuage::i18n::Lang::En,
    );
    assert!(why.contains("Friends"), "{why}");
    game.give(&order(&game, "campus")).expect("the site team still has its point");
    // The next turn, each team has its share again.
    game.end_phase(Side::Builder).unwrap();
    game.end_phase(Side::Collective).unwrap();
    assert_eq!(game.world.side(Side::Builder).team_points, vec![1, 1]);
    // The same level not played in teams: the builders may charm twice.
    let mut sides = Game::new(scn.clone(), 1);
    sides.give(&order(&sides, "charm")).unwrap();
    assert_eq!(sides.check(&order(&sides, "charm")), Ok(()));
    assert!(sides.world.side(Side::Builder).team_points.is_empty());
}

#[test]
fn a_game_in_teams_saves_and_loads_and_the_other_side_sees_no_teams_purse() {
    let scn = scenario(TWO_TEAMS).unwrap();
    let mut game = Game::new(scn.clone(), 1);
    game.play_in_teams();
    game.give(&order(&game, "charm")).unwrap();
    let loaded = Game::load(scn.clone(), &game.save()).expect("it loads");
    assert!(loaded.world.teams);
    assert_eq!(loaded.world.side(Side::Builder).team_points, vec![1, 0]);
    let seen = View::of(&loaded, Side::Collective);
    assert_eq!(
        seen.world.side(Side::Builder).team_points,
        vec![1, 1],
        "the shares the level publishes, not what is left"
    );
    // A save whose teams' points do not match its level is refused.
    let mut broken = loaded.clone();
    broken.world.sides[0].team_points = vec![1, 1, 1];
    assert!(Game::load(scn, &broken.save()).is_err());
}

#[test]
fn computer_players_play_in_teams_within_each_share() {
    let scn = scenario(TWO_TEAMS).unwrap();
    let mut game = Game::new(scn.clone(), 3);
    game.play_in_teams();
    let done =
        nuage::policy::play_on(game, 3, nuage::policy::PolicyKind::Random, nuage::policy::PolicyKind::Random, |_| {
            false
        });
    assert!(done.world.outcome.is_some());
    // No turn saw the builders give two orders of the same team.
    for turn in 0..=done.world.turn {
        let mut per_team = [0; 2];
        for entry in done.history.log.iter().filter(|e| e.turn == turn) {
            if let nuage::sim::Happening::OrderGiven { order, .. } = &entry.happening
                && order.side == Side::Builder
            {
                per_team[scn.team_of(order.action).unwrap()] += 1;
            }
        }
        assert!(per_team.iter().all(|n| *n <= 1), "turn {turn}: {per_team:?}");
    }
}

#[test]
fn played_team_by_team_only_the_team_at_the_keyboard_gives_orders_in_the_levels_order() {
    let scn = scenario(TWO_TEAMS).unwrap();
    let mut game = Game::new(scn.clone(), 1);
    game.play_team_by_team();
    assert_eq!(game.world.team_at, Some(0), "the site team first");
    assert_eq!(game.check(&order(&game, "charm")), Err(Refusal::NotThisTeamsTurn { team: 1, now: 0 }));
    let why = nuage::sim::describe::refusal(
        &scn,
        &game.world,
        &order(&game, "charm"),
        &Refusal::NotThisTeamsTurn { team: 1, now: 0 },
        nuage::i18n::Lang::En,
    );
    assert!(why.contains("Friends") && why.contains("Site"), "{why}");
    game.give(&order(&game, "campus")).expect("the site team builds");
    game.end_team(Side::Builder).unwrap();
    assert_eq!((game.world.phase, game.world.team_at), (nuage::sim::Phase::Orders(Side::Builder), Some(1)));
    assert!(game.check(&order(&game, "campus")).is_err(), "the site team's turn is over");
    game.give(&order(&game, "charm")).expect("now the friends charm");
    // Saved and loaded between two teams' turns.
    let mut game = Game::load(scn.clone(), &game.save()).unwrap();
    assert_eq!(game.world.team_at, Some(1));
    // After the last team, the phase ends; the collective has no teams.
    game.end_team(Side::Builder).unwrap();
    assert_eq!((game.world.phase, game.world.team_at), (nuage::sim::Phase::Orders(Side::Collective), None));
    game.end_team(Side::Collective).unwrap();
    assert_eq!((game.world.turn, game.world.team_at), (1, Some(0)), "the next turn starts with the first team");
    let done: Vec<_> =
        game.history.log.iter().filter(|e| matches!(e.happening, nuage::sim::Happening::TeamDone { .. })).collect();
    assert_eq!(done.len(), 1, "the site team handed the keyboard on, and the log says so");
    // A game of computers played team by team ends, and plays back the same.
    let mut game = Game::new(scn.clone(), 4);
    game.play_team_by_team();
    let kind = nuage::policy::PolicyKind::Ai(nuage::ai::Difficulty::Easy);
    let done = nuage::policy::play_on(game, 4, kind, kind, |_| false);
    assert!(done.world.outcome.is_some());
    let replay = Game::read_replay(scn.clone(), &done.replay_text().unwrap()).unwrap();
    let mut again = replay.game;
    for step in &replay.steps {
        again.play_step(step).unwrap();
    }
    assert!(again.save() == done.save(), "the replay gives the same game");
}

/// A team of the valley's builders: its key, its actions (as RON) and its share.
fn team(key: &str, actions: &str, points: u32) -> String {
    format!(
        r#"(key: "{key}", name: (en: "T", fr: "T"), role: (en: "R", fr: "R"), actions: [{actions}], action_points: {points})"#
    )
}

#[test]
fn teams_that_do_not_fit_their_side_are_refused_where_they_stand() {
    let two = |site: &str, site_points, friends: &str, friends_points| {
        format!("{}, {}", team("site", site, site_points), team("friends", friends, friends_points))
    };
    let cases = [
        (two(r#""campus", "chram""#, 1, r#""charm""#, 1), "unknown action `chram`"),
        (two(r#""campus", "charm""#, 1, r#""charm""#, 1), "already team `site`'s"),
        (two(r#""campus""#, 1, r#""charm""#, 2), "add up to 3, the side has 2"),
        (two(r#""campus", "gather""#, 1, r#""charm""#, 1), "an action of the other side"),
        (two(r#""campus""#, 1, "", 1), "no team owns `charm`"),
        (team("site", r#""campus", "charm""#, 2), "2 to 4 teams"),
    ];
    for (teams, expected) in cases {
        let why = scenario(&teams).expect_err(expected);
        assert!(why.contains(expected), "expected “{expected}” in: {why}");
        assert!(why.contains("valley-teams.ron:"), "located: {why}");
    }
}

/// At one laptop, team by team: the site team (people) is asked for the keyboard, then the
/// friends, held by a computer, play their own turn, then the collective's people are asked.
#[cfg(feature = "gui")]
#[test]
fn a_team_held_by_a_computer_plays_its_turn_between_teams_of_people() {
    use nuage::game::Playing;
    use nuage::game::session::Seat;
    let scn = scenario(TWO_TEAMS).unwrap();
    let mut game = Game::new(scn.clone(), 2);
    game.play_team_by_team();
    let mut playing = Playing::default();
    playing.start(game, [Seat::Human, Seat::Human], 2);
    playing.seat_teams(&[(Side::Builder, 1, nuage::policy::PolicyKind::Greedy)]);
    assert_eq!(playing.hand_over, Some(Side::Builder), "the site team is asked for the keyboard");
    assert_eq!(playing.seat_at_keyboard(Side::Builder), Seat::Human);
    playing.hand_over = None;
    playing.end_phase();
    assert_eq!(playing.game.as_ref().unwrap().world.team_at, Some(1));
    assert!(playing.computer_in_phase(), "the friends are a computer's");
    assert_eq!(playing.hand_over, None, "nobody is asked to take the keyboard for a computer");
    let mut played = None;
    for _ in 0..1_000 {
        played = playing.think();
        if played.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(played, Some(true), "the computer played its team's turn");
    let world = &playing.game.as_ref().unwrap().world;
    assert_eq!(world.phase, nuage::sim::Phase::Orders(Side::Collective));
    assert_eq!(playing.hand_over, Some(Side::Collective), "then the collective's people are asked");
    // The computer gave only its own team's orders.
    let orders: Vec<_> = playing
        .game
        .as_ref()
        .unwrap()
        .history
        .log
        .iter()
        .filter_map(|e| match &e.happening {
            nuage::sim::Happening::OrderGiven { order, .. } if order.side == Side::Builder => Some(order.action),
            _ => None,
        })
        .collect();
    assert!(orders.iter().all(|a| scn.team_of(*a) == Some(1)), "{orders:?}");
}

/// Team by team, the side's phase is timed once, when its last team hands the keyboard on.
#[cfg(feature = "gui")]
#[test]
fn team_by_team_a_sides_phase_is_timed_once_at_its_end() {
    use nuage::game::Playing;
    use nuage::game::session::Seat;
    let scn = scenario(TWO_TEAMS).unwrap();
    let mut game = Game::new(scn, 2);
    game.play_team_by_team();
    let mut playing = Playing::default();
    playing.start(game, [Seat::Human, Seat::Human], 2);
    playing.seat_teams(&[]);
    let clock = |seen| nuage::game::timer::PhaseClock { turn: 0, side: Side::Builder, started: 0.0, seen };
    playing.phase_clock = Some(clock(40.0));
    playing.end_phase();
    assert!(playing.game.as_ref().unwrap().history.timings.is_empty(), "the first team's turn is not the phase");
    playing.phase_clock = Some(clock(100.0));
    playing.end_phase();
    let timings = &playing.game.as_ref().unwrap().history.timings;
    assert_eq!(timings.iter().map(|t| (t.turn, t.side, t.seconds)).collect::<Vec<_>>(), vec![(0, Side::Builder, 100)]);
}
