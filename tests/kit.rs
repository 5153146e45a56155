//! The printable workshop kit (`nuage kit`, `kit`): every side and every action has its card
//! in both languages, both maps are drawn, the file loads nothing from outside, a level's text
//! cannot inject markup, and the command writes inside the folder it is given.

mod common;

use std::process::Command;

use nuage::i18n::Lang;

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn every_side_and_action_has_its_card_in_both_languages_and_both_maps_are_drawn() {
    let scn = common::load("marseille.ron");
    for lang in Lang::ALL {
        let html = nuage::kit::html(&scn, lang, 90);
        // Marseille plays in teams: a role card per team, with its own objective.
        for side in nuage::sim::Side::BOTH {
            let teams = &scn.side(side).teams;
            assert!(!teams.is_empty());
            for team in teams {
                assert_eq!(count(&html, &format!("data-team=\"{}\"", team.key)), 1, "{lang:?}: {}'s card", team.key);
                let esc = nuage::kit::html::esc;
                assert!(html.contains(&esc(team.role.get(lang))), "{lang:?}: {}'s role", team.key);
                let objective = team.objective.as_ref().unwrap().name.get(lang);
                assert!(html.contains(&esc(objective)), "{lang:?}: {objective}");
            }
        }
        for action in &scn.actions {
            assert_eq!(count(&html, &format!("data-action=\"{}\"", action.key)), 1, "{lang:?}: {}", action.key);
            assert!(html.contains(action.name.get(lang)), "{lang:?}: the card names {}", action.key);
        }
        assert_eq!(count(&html, "data-map=\"port\""), 1);
        assert_eq!(count(&html, "data-map=\"world\""), 1);
        assert!(count(&html, "<polygon") > scn.places.len() / 2, "the map's zones are drawn");
        for part in ["facilitator", "roles", "glossary", "sources"] {
            assert!(html.contains(&format!("data-part=\"{part}\"")), "{lang:?}: {part}");
        }
        // The facilitator's sheet reads the plan's running order.
        let plan = nuage::sim::plan::plan(&scn, 90);
        assert!(html.contains(&format!("{}:{:02}", plan.briefing_minutes / 60, plan.briefing_minutes % 60)));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
    }
    // A level without teams: a card per side.
    let tutorial = nuage::kit::html(&common::load("tutorial.ron"), Lang::En, 45);
    for side in nuage::sim::Side::BOTH {
        assert_eq!(count(&tutorial, &format!("data-team=\"{}\"", side.key())), 1, "{side:?}'s role card");
    }
    let fr = nuage::kit::html(&scn, Lang::Fr, 90);
    assert!(fr.contains("Cartes de rôle") && fr.contains("Vous gagnez si"), "the French kit is in French");
    assert!(!fr.contains("You win if"));
}

#[test]
fn the_kit_loads_nothing_from_outside() {
    let html = nuage::kit::html(&common::load("marseille.ron"), Lang::En, 90);
    for outside in ["<script", "<link", " src=", "url(", "@import", "<iframe", "<img"] {
        assert!(!html.contains(outside), "the kit holds “{outside}”");
    }
}

#[test]
fn a_levels_text_cannot_inject_markup() {
    let mut scn = (*common::fixture("valley.ron")).clone();
    scn.actions[0].name.en = "<img src=x onerror=alert(1)>".into();
    scn.places[0].name.en = "</svg><script>alert(2)</script>".into();
    scn.sides[0].description.en = "\" onmouseover=\"x".into();
    let html = nuage::kit::html(&scn, Lang::En, 60);
    assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("\" onmouseover"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "shown as text");
}

#[test]
fn the_command_writes_the_kit_inside_its_folder_and_says_where() {
    let dir = std::env::temp_dir().join(format!("nuage-kit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["kit", "--level", "levels/marseille.ron", "--lang", "fr", "--minutes", "45", "--out"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = dir.join("marseille-kit-fr.html");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), path.display().to_string());
    assert!(std::fs::read_to_string(&path).unwrap().contains("atelier de 45 minutes"));
    // A folder that is a file: a clear error, nothing written.
    let file = dir.join("marseille-kit-fr.html");
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["kit", "--level", "levels/marseille.ron", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the kit could not be written"));
    std::fs::remove_dir_all(&dir).unwrap();
}
