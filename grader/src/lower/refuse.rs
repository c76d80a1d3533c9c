//! A syntax pass run before lowering that refuses constructs outside the
//! grader's subset by name: foreign code (`extern "C"`, raw pointers,
//! `unsafe trait`), nightly `#![feature]`s, the operating system through
//! std or tokio (processes, files, sockets, environment, stdin), and crates
//! other than std/core/alloc/tokio/futures/tokio_util.
//! Without it such programs could run and print a silently wrong answer.

use crate::vec_map::VecSet;

use crate::visit::Visit;

use super::pos_of;
use crate::report::Pos;

/// Path prefixes that reach the operating system, with why they are refused.
const OUTSIDE: &[(&str, &str)] = &[
    ("std::process::Command", "running other programs"),
    ("std::fs", "file system access"),
    ("std::net", "network access"),
    ("std::env", "the process environment"),
    ("std::ffi", "C strings and foreign data"),
    ("std::os", "operating-system specifics"),
    ("std::io::stdin", "reading standard input"),
    ("std::thread::spawn", "operating-system threads: the grader runs one thread"),
    ("std::thread::scope", "operating-system threads: the grader runs one thread"),
    ("std::thread::Builder", "operating-system threads: the grader runs one thread"),
    ("tokio::net", "network access"),
    ("tokio::fs", "file system access"),
    ("tokio::process", "running other programs"),
    ("tokio::signal", "operating-system signals"),
    ("tokio::io::stdin", "reading standard input"),
];

/// Paths under an `OUTSIDE` prefix that the grader simulates (`vm/rt/io/tcp.rs`).
const SIMULATED: &[&str] =
    &["tokio::net::TcpListener", "tokio::net::TcpStream", "tokio::net::tcp", "std::net::SocketAddr"];

const KNOWN_ROOTS: &[&str] =
    &["std", "core", "alloc", "tokio", "futures", "tokio_util", "crate", "self", "super", "Self"];
const PRIMITIVES: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "bool",
    "char", "str",
];

/// Refusals found in `file`, as (message, position).
pub fn refuse(file: &syn::File) -> Vec<(String, Pos)> {
    let mut modules = Modules::default();
    modules.visit_file(file);
    let mut r = Refuse { modules: modules.0, found: Vec::new() };
    r.visit_file(file);
    r.found
}

#[derive(Default)]
struct Modules(VecSet<String>);

impl<'ast> Visit<'ast> for Modules {
    crate::visit::overrides!('ast: visit_item_mod, visit_item_enum, visit_item_struct, visit_use_path, visit_use_name, visit_use_rename);

    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        self.0.insert(m.ident.to_string());
        crate::visit::visit_item_mod(self, m);
    }

    fn visit_item_enum(&mut self, e: &'ast syn::ItemEnum) {
        self.0.insert(e.ident.to_string());
        crate::visit::visit_item_enum(self, e);
    }

    fn visit_item_struct(&mut self, s: &'ast syn::ItemStruct) {
        self.0.insert(s.ident.to_string());
        crate::visit::visit_item_struct(self, s);
    }

    /// Names brought in by `use` (e.g. `use std::fmt::{self, Display};` then `fmt::Write`) are not crates.
    fn visit_use_path(&mut self, p: &'ast syn::UsePath) {
        let mut stack = vec![&*p.tree];
        while let Some(t) = stack.pop() {
            match t {
                syn::UseTree::Name(n) if n.ident == "self" => {
                    self.0.insert(p.ident.to_string());
                }
                syn::UseTree::Group(g) => stack.extend(g.items.iter()),
                _ => {}
            }
        }
        crate::visit::visit_use_path(self, p);
    }

    fn visit_use_name(&mut self, n: &'ast syn::UseName) {
        self.0.insert(n.ident.to_string());
    }

    fn visit_use_rename(&mut self, r: &'ast syn::UseRename) {
        self.0.insert(r.rename.to_string());
    }
}

struct Refuse {
    modules: VecSet<String>,
    found: Vec<(String, Pos)>,
}

impl Refuse {
    fn refuse(&mut self, what: String, at: Pos) {
        self.found.push((what, at));
    }

    /// Checks a path (already joined with `::`) that starts at `at`.
    fn check_path(&mut self, segs: &[String], at: Pos, is_use: bool) -> bool {
        let joined = segs.join("::");
        // `tokio::net` itself (in `use tokio::net::{..}`) and its simulated types pass; the rest is refused.
        let simulated = |s: &&str| {
            let inside = s.strip_prefix(joined.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with("::"));
            inside || joined.starts_with(&format!("{s}::"))
        };
        if SIMULATED.iter().any(simulated) {
            return false;
        }
        for (prefix, why) in OUTSIDE {
            if joined == *prefix || joined.starts_with(&format!("{prefix}::")) {
                self.refuse(format!("`{prefix}` ({why})"), at);
                return true;
            }
        }
        let root = segs[0].as_str();
        let foreign = !KNOWN_ROOTS.contains(&root) && !PRIMITIVES.contains(&root) && !self.modules.contains(root);
        // Outside `use`, only lower-case roots of multi-segment paths can be crates.
        if foreign && (is_use || (segs.len() > 1 && root.starts_with(|c: char| c.is_ascii_lowercase()))) {
            self.refuse(format!("the crate `{root}` (only std and tokio are available)"), at);
            return true;
        }
        false
    }

    fn check_use(&mut self, tree: &syn::UseTree, prefix: &mut Vec<String>, at: Pos) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                if !self.check_path(prefix, at, true) {
                    self.check_use(&p.tree, prefix, at);
                }
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.check_path(prefix, at, true);
                prefix.pop();
            }
            syn::UseTree::Rename(n) => {
                prefix.push(n.ident.to_string());
                self.check_path(prefix, at, true);
                prefix.pop();
            }
            syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.check_use(t, prefix, at);
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for Refuse {
    crate::visit::overrides!('ast: visit_file, visit_item_use, visit_path, visit_signature, visit_item_trait, visit_item_impl, visit_type_ptr);

    fn visit_file(&mut self, f: &'ast syn::File) {
        for a in &f.attrs {
            if matches!(a.style, syn::AttrStyle::Inner(_)) && a.path().is_ident("feature") {
                self.refuse("`#![feature]` (nightly-only language features)".to_string(), pos_of(a));
            }
        }
        crate::visit::visit_file(self, f);
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        let at = pos_of(&u.tree);
        self.check_use(&u.tree, &mut Vec::new(), at);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        let segs: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
        if !segs.is_empty() && p.leading_colon.is_none() {
            self.check_path(&segs, pos_of(p), false);
        }
        crate::visit::visit_path(self, p);
    }

    fn visit_signature(&mut self, s: &'ast syn::Signature) {
        if let Some(abi) = &s.abi {
            self.refuse("`extern` function ABI (calls to or from foreign code)".to_string(), pos_of(abi));
        }
        crate::visit::visit_signature(self, s);
    }

    fn visit_item_trait(&mut self, t: &'ast syn::ItemTrait) {
        if let Some(u) = &t.unsafety {
            self.refuse("`unsafe trait`".to_string(), pos_of(u));
        }
        crate::visit::visit_item_trait(self, t);
    }

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        if let Some(u) = &i.unsafety {
            self.refuse("`unsafe impl`".to_string(), pos_of(u));
        }
        crate::visit::visit_item_impl(self, i);
    }

    fn visit_type_ptr(&mut self, t: &'ast syn::TypePtr) {
        let kind = if t.mutability.is_some() { "*mut" } else { "*const" };
        self.refuse(format!("raw pointer type `{kind}`"), pos_of(t));
        crate::visit::visit_type_ptr(self, t);
    }
}
