//! The desktop shell: parses the command line, then either runs a CLI command or opens the
//! window with its Tauri commands. Everything here is wiring; the product logic lives in
//! `boussole-core` (and `boussole-pdf`), which never import `tauri`.

mod commands;
mod paths;

use boussole_cli as cli;
use clap::Parser;

/// Runs Boussole with the process's arguments and returns the exit code.
pub fn main_entry() -> i32 {
    let args = cli::Args::parse();
    let data_dir = cli::data_dir(args.data_dir);
    match args.command {
        Some(command) => cli::run(command, &data_dir),
        None if boussole_core::clock::check().is_err() => cli::refuse_bad_clock(),
        None => match run_window(data_dir) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("Boussole could not start its window: {e}");
                1
            }
        },
    }
}

fn run_window(data_dir: std::path::PathBuf) -> tauri::Result<()> {
    // First, so that a second start on the same data folder hands over before opening anything.
    let single_instance = tauri_plugin_single_instance::Builder::new()
        .dbus_id(paths::instance_id(&data_dir))
        .callback(|app, _args, _cwd| show_main_window(app))
        .build();
    let state = commands::AppState::open(data_dir);
    tauri::Builder::default()
        .plugin(single_instance)
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::app_today,
            commands::app::set_language,
            commands::app::list_backups,
            commands::app::restore_backup,
            commands::app::backup_now,
            commands::plans::list_plans,
            commands::plans::create_plan,
            commands::plans::list_trades,
            commands::plans::trade_hints,
            commands::plans::create_plan_from_trade,
            commands::plans::get_plan,
            commands::plans::save_section,
            commands::plans::check_plan,
            commands::plans::list_rules,
            commands::plans::rename_plan,
            commands::plans::duplicate_plan,
            commands::plans::delete_plan,
            commands::plans::restore_plan,
            commands::plans::export_plan,
            commands::plans::import_plan,
            commands::plans::export_all,
            commands::plans::export_csv,
            commands::plans::export_ics,
            commands::renewal::review_status,
            commands::renewal::renew_plan,
            commands::renewal::compare_with_previous,
            commands::plans::export_pdf,
            commands::plans::export_report,
            commands::plans::open_exported_pdf,
        ])
        .run(tauri::generate_context!())
}

/// Brings the running window to the front: Boussole was started again on its data folder.
fn show_main_window(app: &tauri::AppHandle) {
    use tauri::Manager;
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let shown = window
        .unminimize()
        .and_then(|()| window.show())
        .and_then(|()| window.set_focus());
    match shown {
        Ok(()) => commands::app::report("boussole-focused"),
        Err(e) => eprintln!("Boussole could not bring its window to the front: {e}"),
    }
}
