//! `grader::span` gives the positions and texts syn's printing gave (`Spanned::span`,
//! `to_token_stream().to_string()`), for every expression, statement, pattern, type and item of
//! every program in the repository. The grader no longer builds syn's `printing` (it made the
//! site's worker 50 KB larger); this test does, as the reference.

use std::path::Path;

use grader::span::{Last, Spanned};
use quote::ToTokens;
use syn::visit::{self, Visit};

#[derive(Default)]
struct Check {
    file: String,
    errors: Vec<String>,
    nodes: usize,
}

impl Check {
    fn compare(&mut self, what: &str, node: &(impl Spanned + syn::spanned::Spanned), last: Option<proc_macro2::Span>) {
        self.nodes += 1;
        let syn_span = syn::spanned::Spanned::span(node);
        let (ours, theirs) = (Spanned::first(node).start(), syn_span.start());
        if (ours.line, ours.column) != (theirs.line, theirs.column) {
            self.errors.push(format!("{}: {what} starts at {theirs:?} in syn, {ours:?} here", self.file));
        }
        if let Some(last) = last {
            let (ours, theirs) = (last.end(), syn_span.end());
            if (ours.line, ours.column) != (theirs.line, theirs.column) {
                self.errors.push(format!(
                    "{}: {what} at {:?} ends at {theirs:?} in syn, {ours:?} here",
                    self.file,
                    syn_span.start()
                ));
            }
        }
    }
}

impl<'ast> Visit<'ast> for Check {
    fn visit_expr(&mut self, e: &'ast syn::Expr) {
        let last = Some(Last::span(e));
        self.compare("expression", e, last);
        let text = grader::span::expr_tokens_text(e);
        let theirs = e.to_token_stream().to_string();
        // syn prints a `None` group's tokens (only macro expansions make them) and parentheses it adds.
        if text != theirs {
            self.errors.push(format!("{}: expression text `{theirs}` in syn, `{text}` here", self.file));
        }
        visit::visit_expr(self, e);
    }
    fn visit_type(&mut self, t: &'ast syn::Type) {
        let last = Some(Last::span(t));
        self.compare("type", t, last);
        let text = grader::span::type_tokens_text(t);
        let theirs = t.to_token_stream().to_string();
        if text != theirs {
            self.errors.push(format!("{}: type text `{theirs}` in syn, `{text}` here", self.file));
        }
        visit::visit_type(self, t);
    }
    fn visit_block(&mut self, b: &'ast syn::Block) {
        if marks(grader::span::tokens_of(b)) != marks(b.to_token_stream()) {
            self.errors.push(format!(
                "{}: the tokens of the block at {:?} differ",
                self.file,
                b.brace_token.span.open().start()
            ));
        }
        visit::visit_block(self, b);
    }
    fn visit_item(&mut self, i: &'ast syn::Item) {
        let last = Some(Last::span(i));
        self.compare("item", i, last);
        visit::visit_item(self, i);
    }
    fn visit_pat(&mut self, p: &'ast syn::Pat) {
        self.compare("pattern", p, None);
        visit::visit_pat(self, p);
    }
    // A doc comment's text and a receiver's `Self` type are not written in the source.
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}
    fn visit_receiver(&mut self, _: &'ast syn::Receiver) {}
    fn visit_stmt(&mut self, s: &'ast syn::Stmt) {
        self.compare("statement", s, None);
        visit::visit_stmt(self, s);
    }
}

/// The identifiers, marks and literals of a token stream, in order, with its groups' delimiters.
fn marks(tokens: proc_macro2::TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Group(g) => {
                out.push(format!("{:?}", g.delimiter()));
                out.extend(marks(g.stream()));
                out.push("end".into());
            }
            proc_macro2::TokenTree::Punct(p) => out.push(p.as_char().to_string()),
            other => out.push(other.to_string()),
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn positions_and_texts_are_syns() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut files = Vec::new();
    for dir in
        ["grader/tests/corpus", "grader/tests/lints", "grader/tests/compile_errors", "exercises", "bench/programs"]
    {
        rust_files(&root.join(dir), &mut files);
    }
    let mut check = Check::default();
    let mut parsed = 0;
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let Ok(file) = syn::parse_file(&source) else { continue };
        parsed += 1;
        check.file = path.strip_prefix(root).unwrap().display().to_string();
        check.visit_file(&file);
        // The lowering reads identifiers and `.` off a file's and a block's tokens.
        if marks(grader::span::file_tokens(&file)) != marks(file.to_token_stream()) {
            check.errors.push(format!("{}: the file's tokens differ", check.file));
        }
    }
    assert!(parsed > 500, "only {parsed} programs parsed");
    assert!(
        check.errors.is_empty(),
        "{} of {} nodes differ:\n{}",
        check.errors.len(),
        check.nodes,
        check.errors.join("\n")
    );
}
