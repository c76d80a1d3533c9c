//! One copy of syn's tree walk for every syntax visitor of the grader.
//!
//! `syn::visit::Visit` is generic: each type that implements it gets its own copy of the
//! whole walk (every `visit_*` function of syn, monomorphized). Forty visitors made 560 KB
//! of the grader's WASM, a fifth of the worker the browser downloads. Visitors implement
//! this module's [`Visit`] instead: its methods are the ones visitors override, with the
//! same names and signatures as syn's, and the free functions here (`visit::visit_expr(self,
//! node)`, as with syn) descend through one dispatcher that calls back through
//! `&mut dyn Visit`. syn's walk is then instantiated once.
//!
//! The walk reaches a visitor through one method, [`Visit::hook`], which the visitor writes with
//! [`overrides!`] (naming the methods it overrides): a trait object with one slot per `visit_*`
//! method gave each of the 65 visitors its own copy of every method it does not override, 2,300
//! small functions and their vtable entries (about 12 KB of the worker, gzipped).
//!
//! To override a method syn has but this trait lacks, add it to the `hooks!` list below.
//! Tests keep `syn::visit::Visit` out of every other file and every `overrides!` list exact.

use syn::*;

/// syn's dispatcher, instantiated once: it hands each hooked node to the visitor.
struct Dyn<'v, 'ast>(&'v mut dyn Visit<'ast>);

macro_rules! hooks {
    ($($method:ident($node:ident),)*) => {
        /// A node the walk hands to a visitor ([`Visit::hook`]), named by the method that visits it.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        pub enum Node<'ast> {
            $($method(&'ast $node),)*
        }

        /// A syntax visitor: override the methods for the nodes you look at, list them in
        /// [`overrides!`], and call this module's function of the same name to descend (as with
        /// `syn::visit`).
        pub trait Visit<'ast> {
            /// Calls this visitor's own method for `node`, if it has one; false when it has none
            /// (the walk then descends by itself). Written by [`overrides!`], never by hand.
            fn hook(&mut self, node: Node<'ast>) -> bool;

            $(
                fn $method(&mut self, node: &'ast $node)
                where
                    Self: Sized,
                {
                    $method(self, node)
                }
            )*
        }

        impl<'ast> syn::visit::Visit<'ast> for Dyn<'_, 'ast> {
            $(
                fn $method(&mut self, node: &'ast $node) {
                    if !self.0.hook(Node::$method(node)) {
                        syn::visit::$method(self, node)
                    }
                }
            )*
        }

        $(
            /// Visit the children of `node` (syn's walk, shared by every visitor).
            pub fn $method<'ast>(v: &mut dyn Visit<'ast>, node: &'ast $node) {
                syn::visit::$method(&mut Dyn(v), node)
            }
        )*
    };
}

/// Writes a visitor's [`Visit::hook`]: `overrides!('ast: visit_expr, visit_local);` in the
/// `impl Visit<'ast>`, naming every `visit_*` method the impl defines (a test checks the list).
macro_rules! overrides {
    ($lt:lifetime: $($method:ident),* $(,)?) => {
        fn hook(&mut self, node: $crate::visit::Node<$lt>) -> bool {
            match node {
                $($crate::visit::Node::$method(node) => {
                    self.$method(node);
                    true
                })*
                #[allow(unreachable_patterns)]
                _ => false,
            }
        }
    };
}
pub(crate) use overrides;

hooks! {
    visit_block(Block),
    visit_expr(Expr),
    visit_expr_assign(ExprAssign),
    visit_expr_async(ExprAsync),
    visit_expr_await(ExprAwait),
    visit_expr_call(ExprCall),
    visit_expr_closure(ExprClosure),
    visit_expr_for_loop(ExprForLoop),
    visit_expr_if(ExprIf),
    visit_expr_loop(ExprLoop),
    visit_expr_match(ExprMatch),
    visit_expr_method_call(ExprMethodCall),
    visit_expr_path(ExprPath),
    visit_expr_reference(ExprReference),
    visit_expr_while(ExprWhile),
    visit_file(File),
    visit_fn_arg(FnArg),
    visit_generic_param(GenericParam),
    visit_ident(Ident),
    visit_impl_item_fn(ImplItemFn),
    visit_item(Item),
    visit_item_enum(ItemEnum),
    visit_item_fn(ItemFn),
    visit_item_impl(ItemImpl),
    visit_item_mod(ItemMod),
    visit_item_struct(ItemStruct),
    visit_item_trait(ItemTrait),
    visit_item_use(ItemUse),
    visit_local(Local),
    visit_macro(Macro),
    visit_pat(Pat),
    visit_pat_ident(PatIdent),
    visit_path(Path),
    visit_qself(QSelf),
    visit_signature(Signature),
    visit_stmt(Stmt),
    visit_trait_item_fn(TraitItemFn),
    visit_type_path(TypePath),
    visit_type_ptr(TypePtr),
    visit_type_trait_object(TypeTraitObject),
    visit_use_name(UseName),
    visit_use_path(UsePath),
    visit_use_rename(UseRename),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every other visitor goes through this module (see the module docs for why).
    #[test]
    fn no_visitor_implements_syn_visit_directly() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offenders = Vec::new();
        let mut dirs = vec![src];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("src/visit.rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    if text.contains("syn::visit::") || text.contains("syn::visit;") {
                        offenders.push(path.display().to_string());
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "use crate::visit instead of syn::visit in: {offenders:?}");
    }

    /// Every `impl Visit` lists in `overrides!` exactly the `visit_*` methods it defines: a
    /// method left out would never be called, one too many would not compile.
    #[test]
    fn every_overrides_list_names_the_methods_its_impl_defines() {
        use syn::visit::Visit as _;
        struct Impls(Vec<(String, Vec<String>, Vec<String>)>);
        impl<'ast> syn::visit::Visit<'ast> for Impls {
            fn visit_item_impl(&mut self, i: &'ast ItemImpl) {
                let is_ours = i.trait_.as_ref().is_some_and(|(_, path, _)| {
                    path.segments.last().is_some_and(|s| s.ident == "Visit")
                        && path.segments.first().is_none_or(|s| s.ident != "syn")
                });
                if is_ours {
                    let mut defined: Vec<String> = i
                        .items
                        .iter()
                        .filter_map(|item| match item {
                            ImplItem::Fn(f) if f.sig.ident.to_string().starts_with("visit_") => {
                                Some(f.sig.ident.to_string())
                            }
                            _ => None,
                        })
                        .collect();
                    let mut listed = Vec::new();
                    for item in &i.items {
                        if let ImplItem::Macro(m) = item {
                            if m.mac.path.segments.last().is_some_and(|s| s.ident == "overrides") {
                                for token in m.mac.tokens.clone() {
                                    // The idents after the lifetime (`'ast` is a `'` and an ident).
                                    match token {
                                        proc_macro2::TokenTree::Ident(ident)
                                            if ident.to_string().starts_with("visit_") =>
                                        {
                                            listed.push(ident.to_string())
                                        }
                                        _ => {}
                                    }
                                }
                            }
                        }
                    }
                    defined.sort();
                    listed.sort();
                    let name = match &*i.self_ty {
                        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
                        _ => String::new(),
                    };
                    self.0.push((name, defined, listed));
                }
                syn::visit::visit_item_impl(self, i);
            }
        }
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut dirs = vec![src];
        let mut checked = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let file = syn::parse_file(&std::fs::read_to_string(&path).unwrap()).unwrap();
                    let mut impls = Impls(Vec::new());
                    impls.visit_file(&file);
                    for (name, defined, listed) in impls.0 {
                        assert_eq!(listed, defined, "{}: `impl Visit for {name}`", path.display());
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked >= 60, "only {checked} visitors found");
    }

    #[test]
    fn a_visitor_sees_nested_nodes_through_the_shared_walk() {
        struct Calls(Vec<String>);
        impl<'ast> Visit<'ast> for Calls {
            overrides!('ast: visit_expr_method_call);

            fn visit_expr_method_call(&mut self, node: &'ast ExprMethodCall) {
                self.0.push(node.method.to_string());
                visit_expr_method_call(self, node);
            }
        }
        let file: File = syn::parse_str("fn main() { let x = a.b().c(|y| y.d()); }").unwrap();
        let mut calls = Calls(Vec::new());
        calls.visit_file(&file);
        assert_eq!(calls.0, ["c", "b", "d"]);
    }
}
