//! A test app: the real command set and start-up on Tauri's mock runtime,
//! with a temporary workspace and settings folder, and `invoke` to call a
//! command the way the UI does (JSON in, JSON or `{code, message}` out).

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};
use standpoint_app::{configure, Launch, MAIN_WINDOW};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Listener, Manager, WebviewWindow};
use tempfile::TempDir;

pub struct TestApp {
    pub app: App<MockRuntime>,
    pub window: WebviewWindow<MockRuntime>,
    pub dir: TempDir,
}

/// `tests/data/<relative>`.
pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(relative)
}

impl TestApp {
    /// An app started on a fresh workspace `test.standpoint`.
    pub fn new() -> TestApp {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let launch = Launch {
            workspace: Some(dir.path().join("test.standpoint")),
            config_dir: Some(dir.path().join("config")),
            data_dir: Some(dir.path().join("data")),
        };
        TestApp::with_launch(launch, dir)
    }

    pub fn with_launch(launch: Launch, dir: TempDir) -> TestApp {
        // The real context: tauri.conf.json and the capabilities, so every
        // call below also passes the same permission checks as in the app.
        let mut app = configure(mock_builder(), launch)
            .build(tauri::generate_context!(test = true))
            .expect("the app builds on the mock runtime");
        // One turn of the event loop runs the start-up: the window from
        // tauri.conf.json, the state, the first workspace. (Deprecated for
        // looping; one call is exactly what a test needs.)
        #[allow(deprecated)]
        app.run_iteration(|_, _| {});
        let window = app.get_webview_window(MAIN_WINDOW).expect("the main window opens");
        TestApp { app, window, dir }
    }

    /// Calls `command` with `args` as the UI does; `Err` holds the `{code, message}`.
    pub fn invoke(&self, command: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: command.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a URL"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().expect("a JSON response"))
    }

    /// Calls a command that must succeed.
    pub fn ok(&self, command: &str, args: Value) -> Value {
        self.invoke(command, args)
            .unwrap_or_else(|error| panic!("{command} failed: {error}"))
    }

    /// Calls a command that must fail; returns its error code.
    pub fn error_code(&self, command: &str, args: Value) -> String {
        let error = self.invoke(command, args).expect_err(command);
        assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()), "{error}");
        error["code"].as_str().expect("an error code").to_owned()
    }

    /// Imports `paths` and returns the `ImportResult`.
    pub fn import(&self, paths: &[PathBuf]) -> Value {
        self.ok("import_paths", json!({ "paths": paths }))
    }

    /// Imports the seed article; returns its article id.
    pub fn import_seed(&self) -> i64 {
        let result = self.import(&[fixture("seed/seed.txt")]);
        let item = &result["import"]["items"][0];
        assert_eq!(item["outcome"]["status"], "imported", "{result}");
        item["outcome"]["article_id"].as_i64().expect("an article id")
    }

    /// The assessments of the whole workspace, as the UI reads them.
    pub fn assessments(&self, filter: Value) -> Vec<Value> {
        let list = self.ok("assessments", json!({ "filter": filter }));
        list.as_array().expect("a list").clone()
    }

    /// Collects the payloads of `event` sent from now on.
    pub fn record(&self, event: &str) -> mpsc::Receiver<Value> {
        let (sender, receiver) = mpsc::channel();
        self.app.listen_any(event.to_owned(), move |event| {
            let payload = serde_json::from_str(event.payload()).expect("a JSON payload");
            let _ = sender.send(payload);
        });
        receiver
    }
}

/// Everything a recorder has received, waiting briefly for stragglers.
pub fn drain(receiver: &mpsc::Receiver<Value>) -> Vec<Value> {
    let mut all = Vec::new();
    while let Ok(value) = receiver.recv_timeout(Duration::from_millis(200)) {
        all.push(value);
    }
    all
}

/// The first assessment whose holder and target names contain the given words.
pub fn find<'a>(assessments: &'a [Value], holder: &str, target: &str) -> Option<&'a Value> {
    assessments.iter().find(|a| {
        a["holder"]["name"].as_str().is_some_and(|n| n.contains(holder))
            && a["target"]["name"].as_str().is_some_and(|n| n.contains(target))
    })
}
