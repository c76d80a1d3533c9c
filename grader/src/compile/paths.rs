//! Unknown type names, and `self` where there is none:
//! - `E0425` a type (`HashMap<String, u32>`, `&[Item]`) and `E0433` the first segment of a
//!   path (`Mutex::new(0)`, `Duration::from_millis(10)`) whose capitalized name is no type
//!   of the prelude, no primitive, and nothing the file declares, imports or uses as a
//!   generic parameter, anywhere in it (so a name imported in one module counts in all);
//! - `E0424` `self` in an associated fn of an `impl` that has no `self` parameter.
//!
//! Lowercase first segments (crates and modules) are left alone; a file with a glob import
//! of another crate or a macro that declares items is never checked (`Items::unsure`).

use crate::visit::Visit;

use super::items::Items;
use super::rustc_error;
use crate::lint::syntax::pos_of;
use crate::report::Diagnostic;

/// Capitalized names every file can use without a `use`: the 2021 prelude's types and
/// traits, and `Self`.
const PRELUDE_TYPES: &[&str] = &[
    "Self",
    "Box",
    "String",
    "Vec",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "ToString",
    "ToOwned",
    "Clone",
    "Copy",
    "Send",
    "Sized",
    "Sync",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsMut",
    "AsRef",
    "From",
    "Into",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "IntoIterator",
    "Iterator",
    "Default",
    "Eq",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "TryFrom",
    "TryInto",
    "FromIterator",
];

/// Append the errors for unknown type names and a missing `self`.
pub fn check(file: &syn::File, items: &Items, out: &mut Vec<Diagnostic>) {
    let mut f = Find { items, out, no_self: false };
    f.visit_file(file);
}

struct Find<'a> {
    items: &'a Items,
    out: &'a mut Vec<Diagnostic>,
    /// Inside the body of an associated fn without a `self` parameter.
    no_self: bool,
}

impl Find<'_> {
    /// The first segment of `path`, when it is certainly an unknown type name.
    fn unknown<'p>(&self, path: &'p syn::Path) -> Option<&'p syn::Ident> {
        if path.leading_colon.is_some() {
            return None;
        }
        let first = &path.segments.first()?.ident;
        let name = first.to_string();
        let capitalized = name.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        let known = self.items.knows_value(&name)
            || self.items.own_types.contains(&name)
            || PRELUDE_TYPES.contains(&name.as_str());
        (capitalized && !known).then_some(first)
    }
}

impl<'ast> Visit<'ast> for Find<'_> {
    crate::visit::overrides!('ast: visit_type_path, visit_expr_path, visit_impl_item_fn, visit_trait_item_fn, visit_item);

    fn visit_type_path(&mut self, t: &'ast syn::TypePath) {
        if t.qself.is_none() {
            if let Some(id) = self.unknown(&t.path) {
                self.out.push(rustc_error(
                    "E0425",
                    format!("cannot find type `{id}` in this scope"),
                    pos_of(id),
                    Some(format!("`{id}` is not declared here: import it (`use std::...::{id};`) or declare it")),
                ));
            }
        }
        crate::visit::visit_type_path(self, t);
    }

    fn visit_expr_path(&mut self, e: &'ast syn::ExprPath) {
        if e.qself.is_none() && e.path.segments.len() >= 2 {
            if let Some(id) = self.unknown(&e.path) {
                self.out.push(rustc_error(
                    "E0433",
                    format!("failed to resolve: use of undeclared type `{id}`"),
                    pos_of(id),
                    Some(format!("`{id}` is not declared here: import it (`use std::...::{id};`) or declare it")),
                ));
            }
        }
        if self.no_self && e.qself.is_none() && e.path.is_ident("self") {
            self.out.push(rustc_error(
                "E0424",
                "expected value, found module `self`".into(),
                pos_of(&e.path),
                Some(
                    "this associated fn has no `self` parameter: add `&self` to its parameters and call it as a method"
                        .into(),
                ),
            ));
        }
        crate::visit::visit_expr_path(self, e);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        let outer = std::mem::replace(&mut self.no_self, !has_receiver(&f.sig));
        crate::visit::visit_impl_item_fn(self, f);
        self.no_self = outer;
    }

    fn visit_trait_item_fn(&mut self, f: &'ast syn::TraitItemFn) {
        let outer = std::mem::replace(&mut self.no_self, !has_receiver(&f.sig));
        crate::visit::visit_trait_item_fn(self, f);
        self.no_self = outer;
    }

    fn visit_item(&mut self, item: &'ast syn::Item) {
        // A nested item has a `self` of its own (or none).
        let outer = std::mem::replace(&mut self.no_self, false);
        crate::visit::visit_item(self, item);
        self.no_self = outer;
    }
}

fn has_receiver(sig: &syn::Signature) -> bool {
    sig.inputs.iter().any(|a| matches!(a, syn::FnArg::Receiver(_)))
}
