//! A bare Tauri 2 window for the start-up benchmark: its page calls `ready` on load, which prints
//! `boussole-ready` once when `BOUSSOLE_REPORT_READY` is set, as Boussole's `app_info` does.

// Same as Boussole: no console window next to a Windows release build.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// The page's first call into Rust (async, like `app_info`).
#[tauri::command(async)]
fn ready() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("BOUSSOLE_REPORT_READY").is_some() {
        ONCE.call_once(|| println!("boussole-ready"));
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the bare window runs");
}
