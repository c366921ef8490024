//! Embeds the trade catalogue: every `trades/<id>.json` becomes an entry of `TRADE_FILES`, so a
//! trade file added to the folder is in the next build with no code change.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=trades");
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("trades");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the trades folder")
        .map(|entry| entry.expect("a trade file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut code = String::from("/// Every trade file, by id: `(id, contents)`.\n");
    code.push_str("pub(crate) static TRADE_FILES: &[(&str, &str)] = &[\n");
    for path in files {
        let id = path.file_stem().expect("a file name").to_string_lossy();
        code.push_str(&format!(
            "    ({id:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("set by cargo")).join("trades.rs");
    std::fs::write(out, code).expect("the generated list of trades");
}
