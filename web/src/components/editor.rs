//! The exercise editor: CodeMirror 6 (through `js::Editor`) in a host `<div>`.

use leptos::prelude::*;

use crate::js;

/// The page's handle on its editor; empty until the editor is mounted.
pub type EditorHandle = StoredValue<Option<js::Editor>, LocalStorage>;

pub fn new_handle() -> EditorHandle {
    StoredValue::new_local(None)
}

/// Move the editor's cursor to `(line, column)` and flash the line (a diagnostic's or a
/// timeline mark's place was chosen).
pub fn goto(handle: EditorHandle, (line, column): (u32, u32)) {
    handle.with_value(|e| {
        if let Some(e) = e {
            e.move_cursor(line, column);
            e.highlight_line(line);
        }
    })
}

#[component]
pub fn Editor(
    handle: EditorHandle,
    /// The text the editor starts with (read once).
    initial: String,
    #[prop(into)] label: String,
    #[prop(into)] on_change: Callback<String>,
    #[prop(into)] on_check: Callback<()>,
    /// The cursor moved to another line.
    #[prop(optional, into)]
    on_cursor: Option<Callback<u32>>,
    /// The line under the editor that says which keys do what.
    #[prop(default = "Ctrl/Cmd-Enter checks. In the editor, Tab indents; press Esc, then Tab, to move on.")]
    keys: &'static str,
) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    host.on_load(move |element| {
        let editor = js::Editor::new(
            &element,
            &initial,
            &label,
            move |text| on_change.run(text),
            move || on_check.run(()),
            move |line| {
                if let Some(f) = on_cursor {
                    f.run(line)
                }
            },
        );
        handle.set_value(Some(editor));
    });
    on_cleanup(move || handle.set_value(None));
    view! {
        <div class="editor" node_ref=host></div>
        <p class="hint-keys muted">{keys}</p>
    }
}
