//! Bindings to the JavaScript half of the site (`web/js/main.js`, bundled as
//! `site.js`): the editor (CodeMirror, loaded on first use), the grader's Web Worker,
//! fetches of the course's pages, share links.

use grader::Diagnostic;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = createEditor)]
    fn create_editor(
        parent: &web_sys::HtmlElement,
        doc: &str,
        label: &str,
        on_change: JsValue,
        on_check: JsValue,
        on_cursor: JsValue,
    ) -> JsValue;
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = getDoc)]
    fn get_doc(view: &JsValue) -> String;
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = setDoc)]
    fn set_doc(view: &JsValue, text: &str);
    #[wasm_bindgen(js_namespace = AwaitLab)]
    fn destroy(view: &JsValue);
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = showDiagnostics)]
    fn show_diagnostics(view: &JsValue, json: &str);
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = moveCursor)]
    fn move_cursor(view: &JsValue, line: u32, column: u32);
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = grade)]
    fn grade_promise(source: &str, checks: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = run)]
    fn run_promise(source: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = stop)]
    fn stop_worker();
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = warmUp)]
    fn warm_up_worker();
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = progress)]
    fn progress_js() -> JsValue;
    #[wasm_bindgen(js_namespace = AwaitLab)]
    fn download(name: &str, mime: &str, text: &str);
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = highlightLine)]
    fn highlight_line(view: &JsValue, line: u32);
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = encodeShare)]
    fn encode_share_promise(text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = decodeShare)]
    fn decode_share_promise(encoded: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = copyText)]
    fn copy_text_js(text: &str);
    #[wasm_bindgen(js_namespace = AwaitLab, js_name = fetchText)]
    fn fetch_text_promise(path: &str) -> js_sys::Promise;
}

/// A CodeMirror editor living in the page.
pub struct Editor {
    view: JsValue,
}

impl Editor {
    pub fn new(
        parent: &web_sys::HtmlElement,
        doc: &str,
        label: &str,
        on_change: impl Fn(String) + 'static,
        on_check: impl Fn() + 'static,
        on_cursor: impl Fn(u32) + 'static,
    ) -> Editor {
        let on_change = Closure::<dyn Fn(String)>::new(on_change).into_js_value();
        let on_check = Closure::<dyn Fn()>::new(on_check).into_js_value();
        let on_cursor = Closure::<dyn Fn(u32)>::new(on_cursor).into_js_value();
        Editor { view: create_editor(parent, doc, label, on_change, on_check, on_cursor) }
    }

    pub fn text(&self) -> String {
        get_doc(&self.view)
    }

    pub fn set_text(&self, text: &str) {
        set_doc(&self.view, text)
    }

    pub fn show_diagnostics(&self, diagnostics: &[Diagnostic]) {
        show_diagnostics(&self.view, &serde_json::to_string(diagnostics).unwrap_or_else(|_| "[]".into()))
    }

    pub fn move_cursor(&self, line: u32, column: u32) {
        move_cursor(&self.view, line, column)
    }

    /// Move the cursor to `line` and flash the line (a timeline mark was chosen).
    pub fn highlight_line(&self, line: u32) {
        highlight_line(&self.view, line)
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        destroy(&self.view)
    }
}

/// Why a request to the grader produced no report.
#[derive(Debug, Clone, PartialEq)]
pub enum GraderError {
    /// The learner pressed Stop.
    Stopped,
    Failed(String),
}

async fn settle(promise: js_sys::Promise) -> Result<String, GraderError> {
    match JsFuture::from(promise).await {
        Ok(value) => value.as_string().ok_or_else(|| GraderError::Failed("the grader sent no text".into())),
        Err(error) => {
            let message = js_sys::Error::from(error).message().as_string().unwrap_or_default();
            Err(if message == "stopped" { GraderError::Stopped } else { GraderError::Failed(message) })
        }
    }
}

/// Grade in the worker; the `Graded` JSON.
pub async fn grade(source: &str, checks: &str) -> Result<String, GraderError> {
    settle(grade_promise(source, checks)).await
}

/// Run in the worker; the `Report` JSON.
pub async fn run(source: &str) -> Result<String, GraderError> {
    settle(run_promise(source)).await
}

/// Start loading the grader's worker (a page that runs code calls this when it opens,
/// so the course map's first visit does not download the grader).
pub fn warm_up() {
    warm_up_worker()
}

/// The latest progress of the running (or just stopped) request: the end of its
/// stdout and its virtual time in ms.
pub fn progress() -> Option<(String, f64)> {
    let value = progress_js();
    if value.is_null() || value.is_undefined() {
        return None;
    }
    let stdout = js_sys::Reflect::get(&value, &JsValue::from_str("stdout")).ok()?.as_string()?;
    let ms = js_sys::Reflect::get(&value, &JsValue::from_str("ms")).ok()?.as_f64()?;
    Some((stdout, ms))
}

/// Save `text` as a file named `name` (the browser's download).
pub fn download_file(name: &str, mime: &str, text: &str) {
    download(name, mime, text)
}

/// `text` deflated and base64url-encoded (for a share link's fragment).
pub async fn encode_share(text: &str) -> Result<String, String> {
    settle(encode_share_promise(text)).await.map_err(|e| format!("{e:?}"))
}

/// The inverse of [`encode_share`]; an error names what is wrong with the link.
pub async fn decode_share(encoded: &str) -> Result<String, String> {
    settle_text(decode_share_promise(encoded)).await
}

/// The text of `path` on this site; an error says why it could not be read.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    settle_text(fetch_text_promise(path)).await
}

/// [`settle`] for promises that are not the grader's: the error is its message.
async fn settle_text(promise: js_sys::Promise) -> Result<String, String> {
    settle(promise).await.map_err(|e| match e {
        GraderError::Failed(m) => m,
        GraderError::Stopped => "stopped".into(),
    })
}

/// Put `text` on the clipboard (silently nothing when the browser refuses).
pub fn copy_text(text: &str) {
    copy_text_js(text)
}

/// This page's address with `hash` as its fragment (a share link).
pub fn page_url(hash: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let base = location
        .map(|l| format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default()))
        .unwrap_or_default();
    format!("{base}{hash}")
}

/// `encodeURIComponent`.
pub fn encode_uri_component(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

/// End the running request at once (terminates and restarts the worker).
pub fn stop() {
    stop_worker()
}

/// A flag for "this component has a request running in the grader"; when the
/// component goes away with the flag set, the request is stopped, so a runaway
/// program started on one page never blocks the grader for the next.
pub fn stop_on_cleanup() -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    let in_flight = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = in_flight.clone();
    leptos::prelude::on_cleanup(move || {
        if flag.load(std::sync::atomic::Ordering::Relaxed) {
            stop();
        }
    });
    in_flight
}
