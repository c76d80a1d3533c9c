//! Lesson markdown to HTML, with pulldown-cmark.
//!
//! [`options`] is the one place that sets the parser's options.
//! A lesson becomes a list of [`Segment`]s: plain HTML, and top-level code
//! blocks, which the app renders as components (so runnable ones get a Run button).
//! Callouts are GitHub's alert syntax (`> [!NOTE]`, `> [!TIP]`, `> [!WARNING]`...).

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::highlight;
use crate::route::Route;

/// The parser options for every piece of markdown in the course.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_GFM | Options::ENABLE_FOOTNOTES
}

#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Html(String),
    Code(CodeBlock),
}

#[derive(Debug, Clone, PartialEq)]
pub struct CodeBlock {
    /// The first word of the info string (`rust`, `text`, ...), possibly empty.
    pub lang: String,
    pub source: String,
    /// Marked ```` ```rust,run ```` (the content check runs exactly these with
    /// the oracle and the grader, see `course::is_runnable_info`).
    pub runnable: bool,
    /// The highlighted source (no `<pre>`).
    pub html: String,
}

/// Split a lesson into HTML and top-level code blocks.
pub fn segments(markdown: &str) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut pending: Vec<Event> = Vec::new();
    let mut depth = 0usize;
    let mut nested_rust = false;
    let mut code: Option<(String, bool, String)> = None;
    for event in rewrite(Parser::new_ext(markdown, options())) {
        if let Some((lang, runnable, source)) = code.as_mut() {
            match event {
                Event::Text(text) => source.push_str(&text),
                Event::End(TagEnd::CodeBlock) => {
                    let runnable = *runnable;
                    let html = if lang == "rust" || lang.is_empty() && source.contains("fn ") {
                        highlight::rust(source)
                    } else {
                        highlight::escape(source)
                    };
                    flush(&mut pending, &mut segments);
                    segments.push(Segment::Code(CodeBlock {
                        lang: std::mem::take(lang),
                        source: std::mem::take(source),
                        runnable,
                        html,
                    }));
                    code = None;
                }
                _ => {}
            }
            continue;
        }
        match &event {
            // A code block inside a list or quote stays in the HTML, highlighted.
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if depth > 0 => {
                nested_rust = info.split([',', ' ']).next() == Some("rust");
                depth += 1;
            }
            Event::End(TagEnd::CodeBlock) => {
                nested_rust = false;
                depth = depth.saturating_sub(1);
            }
            Event::Text(text) if nested_rust => {
                pending.push(Event::Html(highlight::rust(text).into()));
                continue;
            }
            Event::Start(Tag::CodeBlock(kind)) if depth == 0 => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let lang = info.split(|c: char| c == ',' || c.is_whitespace()).find(|w| !w.is_empty()).unwrap_or("");
                code = Some((lang.to_string(), course::is_runnable_info(&info), String::new()));
                continue;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        pending.push(event);
    }
    flush(&mut pending, &mut segments);
    segments
}

/// Markdown to one HTML string (prompts, hints, explanations): code blocks are
/// highlighted but have no Run button.
pub fn to_html(markdown: &str) -> String {
    let mut html = String::new();
    for segment in segments(markdown) {
        match segment {
            Segment::Html(h) => html.push_str(&h),
            Segment::Code(block) => {
                html.push_str("<pre class=\"code\"><code>");
                html.push_str(&block.html);
                html.push_str("</code></pre>");
            }
        }
    }
    html
}

/// One line of markdown (a lesson's goal) as inline HTML, without the `<p>`.
pub fn inline_html(markdown: &str) -> String {
    let html = to_html(markdown);
    let trimmed = html.trim_end();
    trimmed.strip_prefix("<p>").and_then(|h| h.strip_suffix("</p>")).unwrap_or(trimmed).to_string()
}

/// The lesson text without its leading `# Title` line: the page shows the title itself.
pub fn without_title(markdown: &str) -> &str {
    let rest = markdown.trim_start_matches(['\n', '\r', ' ']);
    match rest.strip_prefix("# ") {
        Some(after) => after.split_once('\n').map_or("", |(_, body)| body),
        None => markdown,
    }
}

fn flush(pending: &mut Vec<Event>, segments: &mut Vec<Segment>) {
    if pending.is_empty() {
        return;
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pending.drain(..));
    segments.push(Segment::Html(html));
}

/// Links between course files become app routes; raw HTML in the markdown is shown as text,
/// never passed through (a course pack's author, or a shared link, cannot inject markup).
fn rewrite<'a>(parser: Parser<'a>) -> impl Iterator<Item = Event<'a>> {
    parser.map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => Event::Start(Tag::Link {
            link_type,
            dest_url: link_target(&dest_url).map_or(dest_url, CowStr::from),
            title,
            id,
        }),
        other => other,
    })
}

/// `02-tasks.md` or `../lessons/02-tasks.md` -> `#/lesson/02-tasks`;
/// `../exercises/join-1/` -> `#/exercise/join-1`; `../docs/glossary.md#future` ->
/// `#/glossary/future`. Other links are kept.
pub fn link_target(dest: &str) -> Option<String> {
    if dest.contains("://") || dest.starts_with('#') || dest.starts_with("mailto:") {
        return None;
    }
    let (path, fragment) = dest.split_once('#').unwrap_or((dest, ""));
    if path.rsplit('/').next() == Some("glossary.md") {
        return Some(Route::Glossary((!fragment.is_empty()).then(|| fragment.to_string())).href());
    }
    let path = path.trim_end_matches('/');
    let mut parts = path.rsplit('/');
    let last = parts.next()?;
    if let Some(stem) = last.strip_suffix(".md") {
        if parts.next() == Some("exercises") || stem == "README" {
            return None;
        }
        return Some(Route::Lesson(stem.to_string()).href());
    }
    let file_in_exercise = matches!(last, "exercise.toml" | "starter.rs" | "solution.rs");
    let (id, parent) = if file_in_exercise { (parts.next()?, parts.next()) } else { (last, parts.next()) };
    (parent == Some("exercises")).then(|| Route::Exercise(id.to_string()).href())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_in_markdown_is_text_not_markup() {
        let html =
            to_html("Hi <img src=x onerror=alert(1)> there.\n\n<script>alert(2)</script>\n\n<details>x</details>\n");
        assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<details"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "{html}");
    }

    #[test]
    fn code_blocks_are_segments_and_runnable_when_marked_run() {
        let md = "# Title\n\nText.\n\n```rust,run\n#[tokio::main]\nasync fn main() {}\n```\n\nMore.\n\n```rust\nlet x = 1;\n```\n\n```rust,ignore\nfn main() { loop {} }\n```\n\n```text\nout\n```\n";
        let segs = segments(md);
        let kinds: Vec<String> = segs
            .iter()
            .map(|s| match s {
                Segment::Html(_) => "html".to_string(),
                Segment::Code(c) => format!("{}:{}", c.lang, c.runnable),
            })
            .collect();
        assert_eq!(kinds, ["html", "rust:true", "html", "rust:false", "rust:false", "text:false"]);
        let Segment::Code(first) = &segs[1] else { unreachable!() };
        assert_eq!(first.source, "#[tokio::main]\nasync fn main() {}\n");
        assert!(first.html.contains("hl-keyword"));
        let Segment::Html(head) = &segs[0] else { unreachable!() };
        assert!(head.contains("<h1>Title</h1>") && head.contains("<p>Text.</p>"), "{head}");
    }

    #[test]
    fn goal_and_title_helpers() {
        assert_eq!(inline_html("Use `.await` *now*."), "Use <code>.await</code> <em>now</em>.");
        assert_eq!(without_title("\n# Futures\n\nBody\n"), "\nBody\n");
        assert_eq!(without_title("Body\n# Not first\n"), "Body\n# Not first\n");
        assert_eq!(without_title("## Sub\nBody"), "## Sub\nBody");
    }

    #[test]
    fn callouts_use_github_alerts() {
        let html = to_html("> [!WARNING]\n> Holding a lock across `.await`.\n");
        assert!(html.contains("markdown-alert-warning"), "{html}");
        assert!(html.contains("<code>.await</code>"), "{html}");
    }

    #[test]
    fn code_inside_a_list_stays_in_the_html_and_is_highlighted() {
        let segs = segments("1. Step:\n\n   ```rust,run\n   fn main() {}\n   ```\n\n       indented\n\n2. After\n\n```rust\nfn top() {}\n```\n");
        assert!(matches!(&segs[1], Segment::Code(c) if c.source == "fn top() {}\n"), "{segs:?}");
        assert_eq!(segs.len(), 2);
        let Segment::Html(html) = &segs[0] else { panic!("{segs:?}") };
        assert!(html.contains("<span class=\"hl-keyword\">fn</span>"), "{html}");
    }

    #[test]
    fn links_between_course_files_become_routes() {
        assert_eq!(link_target("02-tasks.md").as_deref(), Some("#/lesson/02-tasks"));
        assert_eq!(link_target("../lessons/02-tasks.md#spawn").as_deref(), Some("#/lesson/02-tasks"));
        assert_eq!(link_target("../exercises/join-1/").as_deref(), Some("#/exercise/join-1"));
        assert_eq!(link_target("../exercises/join-1/starter.rs").as_deref(), Some("#/exercise/join-1"));
        assert_eq!(link_target("../docs/glossary.md#waker").as_deref(), Some("#/glossary/waker"));
        assert_eq!(link_target("glossary.md").as_deref(), Some("#/glossary"));
        assert_eq!(link_target("https://docs.rs/tokio"), None);
        assert_eq!(link_target("#section"), None);
        let html = to_html("[next](02-tasks.md)");
        assert!(html.contains("href=\"#/lesson/02-tasks\""), "{html}");
    }

    #[test]
    fn html_in_markdown_text_is_escaped_in_code() {
        let html = to_html("```rust\nlet v: Vec<u8> = 1 < 2;\n```");
        assert!(!html.contains("<u8>") && html.contains("&lt;"), "{html}");
    }
}
