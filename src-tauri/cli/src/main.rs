//! `boussole-cli`: Boussole's commands without the window. The same commands as `boussole` given
//! a command, for scripts and for the shell: it does not load GTK or WebKitGTK, so it starts in a
//! few milliseconds instead of about seventy.

use clap::{CommandFactory, FromArgMatches};

use boussole_cli::Args;

fn main() {
    let cli = Args::command()
        .name("boussole-cli")
        .bin_name("boussole-cli")
        .about("Boussole's commands, without the window: list, export and import plans, check a plan, write its PDF roadmap.")
        .subcommand_required(true)
        .arg_required_else_help(true);
    let args = Args::from_arg_matches(&cli.get_matches()).unwrap_or_else(|e| e.exit());
    let code = match args.command {
        Some(command) => boussole_cli::run(command, &boussole_cli::data_dir(args.data_dir)),
        None => 2,
    };
    std::process::exit(code);
}
