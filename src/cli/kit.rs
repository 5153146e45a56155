//! `nuage kit`: writes the printable workshop kit of a level (`kit`) into a folder, as
//! `<level>-kit-<lang>.html`, and says where.

use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Lang;

pub fn run(level: &Path, lang: Lang, minutes: u32, out: &Path) -> ExitCode {
    let Some(scenario) = super::load_level(level) else { return ExitCode::from(1) };
    let html = crate::kit::html(&scenario, lang, minutes);
    // The name comes from the level's id: made safe, and kept inside the folder.
    let name = format!("{}-kit-{}.html", crate::files::safe_stem(&scenario.id), lang.code());
    let written = crate::files::inside(out, &name)
        .and_then(|path| crate::saves::write_atomically(&path, html.as_bytes()).map(|()| path));
    match written {
        Ok(path) => {
            println!("{}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "error: the kit could not be written into {}: {e}; choose another folder with --out",
                out.display()
            );
            ExitCode::from(1)
        }
    }
}
