//! The locked-down shell: the content security policy and the window's capabilities, read from
//! the files the build embeds. A change that loosens them fails here first.

use std::path::Path;

fn json(path: &str) -> serde_json::Value {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    serde_json::from_str(&std::fs::read_to_string(&full).unwrap()).unwrap()
}

fn csp_directive(name: &str) -> String {
    let conf = json("tauri.conf.json");
    conf["app"]["security"]["csp"][name]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn scripts_come_only_from_the_app_itself() {
    let script = csp_directive("script-src");
    assert_eq!(script, "'self'", "no inline, eval or remote script");
    let default = csp_directive("default-src");
    assert_eq!(default, "'self'");
    // Only the app's own origin and inline data/blob images: no host, no scheme, no wildcard.
    for directive in [
        "default-src",
        "script-src",
        "style-src",
        "img-src",
        "font-src",
    ] {
        for source in csp_directive(directive).split_whitespace() {
            assert!(
                ["'self'", "'unsafe-inline'", "data:", "blob:"].contains(&source),
                "{directive} allows {source}"
            );
        }
    }
    assert_eq!(
        csp_directive("connect-src"),
        "ipc: http://ipc.localhost",
        "the UI talks to Rust only"
    );
    assert_eq!(csp_directive("object-src"), "'none'");
    assert!(!csp_directive("script-src").contains("unsafe-inline"));
}

#[test]
fn the_window_gets_only_the_permissions_the_ui_uses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let mut granted = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let cap = json(&format!(
            "capabilities/{}",
            entry.unwrap().file_name().to_string_lossy()
        ));
        for p in cap["permissions"].as_array().unwrap() {
            granted.push(
                p.as_str()
                    .expect("permissions are plain identifiers")
                    .to_string(),
            );
        }
    }
    granted.sort();
    assert_eq!(
        granted,
        [
            "core:event:allow-listen",
            "core:event:allow-unlisten",
            "core:window:allow-destroy",
            "dialog:allow-open",
            "dialog:allow-save",
            "opener:allow-reveal-item-in-dir",
        ],
        "no shell, no file system access, no broad default sets"
    );
}

#[test]
fn no_shell_or_file_system_plugin_is_linked() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    for plugin in ["tauri-plugin-shell", "tauri-plugin-fs", "tauri-plugin-http"] {
        assert!(
            !manifest.contains(plugin),
            "{plugin} must not be a dependency"
        );
    }
    let conf = json("tauri.conf.json");
    assert_eq!(
        conf["app"]["withGlobalTauri"], false,
        "no global __TAURI__ object for injected scripts"
    );
}

#[test]
fn the_accessibility_checker_is_a_test_tool_never_shipped() {
    // axe-core is injected by tests/a11y.rs into the test window only.
    let package = json("ui/package.json");
    assert!(package["devDependencies"]["axe-core"].is_string());
    assert!(package["dependencies"].get("axe-core").is_none());
    let mut sources = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src")];
    while let Some(dir) = sources.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                assert!(
                    !text.contains("axe-core"),
                    "{} imports axe-core",
                    path.display()
                );
            }
        }
    }
}
