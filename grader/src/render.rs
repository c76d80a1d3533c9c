//! Diagnostics printed in rustc's style:
//!
//! ```text
//! warning[thread_sleep_in_async]: `std::thread::sleep` blocks the runtime
//!  --> src/main.rs:4:5
//!   |
//! 4 |     std::thread::sleep(Duration::from_millis(200));
//!   |     ^
//!   = help: use `tokio::time::sleep(..).await`
//! ```

use std::fmt::Write;

use crate::report::Diagnostic;

pub fn rustc_style(diag: &Diagnostic, source: &str, path: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}[{}]: {}", diag.severity.as_str(), diag.code, diag.message);
    let gutter = diag.line.to_string().len();
    let pad = " ".repeat(gutter);
    let _ = writeln!(out, "{pad}--> {path}:{}:{}", diag.line, diag.column);
    if let Some(text) = source.lines().nth(diag.line.saturating_sub(1) as usize) {
        let caret_at = text
            .chars()
            .take(diag.column.saturating_sub(1) as usize)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect::<String>();
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{} | {}", diag.line, text);
        let _ = writeln!(out, "{pad} | {caret_at}^");
    }
    for related in &diag.related {
        let _ = writeln!(out, "{pad} = note: {} (line {}:{})", related.message, related.line, related.column);
    }
    if let Some(why) = &diag.why {
        let _ = writeln!(out, "{pad} = note: {why}");
    }
    if let Some(help) = &diag.help {
        let _ = writeln!(out, "{pad} = help: {help}");
    }
    out.push('\n');
    out
}
