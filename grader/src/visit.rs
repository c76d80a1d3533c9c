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
//! To override a method syn has but this trait lacks, add it to the `hooks!` list below.
//! A test keeps `syn::visit::Visit` out of every other file.

use syn::*;

/// `&mut self` as a trait object, for the walk (implemented for every sized visitor).
pub trait AsDyn<'ast> {
    fn as_dyn(&mut self) -> &mut dyn Visit<'ast>;
}

impl<'ast, T: Visit<'ast>> AsDyn<'ast> for T {
    fn as_dyn(&mut self) -> &mut dyn Visit<'ast> {
        self
    }
}

/// syn's dispatcher, instantiated once: it hands each hooked node to the visitor.
struct Dyn<'v, 'ast>(&'v mut dyn Visit<'ast>);

macro_rules! hooks {
    ($($method:ident($node:ty),)*) => {
        /// A syntax visitor: override the methods for the nodes you look at, and call this
        /// module's function of the same name to descend (as with `syn::visit`).
        pub trait Visit<'ast>: AsDyn<'ast> {
            $(
                fn $method(&mut self, node: &'ast $node) {
                    $method(self.as_dyn(), node)
                }
            )*
        }

        impl<'ast> syn::visit::Visit<'ast> for Dyn<'_, 'ast> {
            $(
                fn $method(&mut self, node: &'ast $node) {
                    self.0.$method(node)
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

    #[test]
    fn a_visitor_sees_nested_nodes_through_the_shared_walk() {
        struct Calls(Vec<String>);
        impl<'ast> Visit<'ast> for Calls {
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
