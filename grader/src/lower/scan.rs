//! Which locals of a function must live in cells: those borrowed with
//! `&mut name` and those a closure captures (by name, over-approximated:
//! a cell is always correct, just slower).

use crate::vec_map::VecSet;

use crate::visit::Visit;

#[derive(Default)]
pub struct CellScan {
    pub names: VecSet<String>,
    closure_depth: u32,
    /// Parameter names of the closures being visited (they shadow outer locals).
    params: Vec<VecSet<String>>,
}

impl<'ast> Visit<'ast> for CellScan {
    crate::visit::overrides!('ast: visit_expr_reference, visit_expr_closure, visit_expr_async, visit_expr_path, visit_macro, visit_item);

    fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
        if r.mutability.is_some() {
            if let Some(name) = single_ident(&r.expr) {
                self.names.insert(name);
            }
        }
        crate::visit::visit_expr_reference(self, r);
    }

    fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
        let mut params = VecSet::new();
        for input in &c.inputs {
            pattern_names(input, &mut params);
        }
        self.params.push(params);
        self.closure_depth += 1;
        crate::visit::visit_expr_closure(self, c);
        self.closure_depth -= 1;
        self.params.pop();
    }

    fn visit_expr_async(&mut self, a: &'ast syn::ExprAsync) {
        // An async block captures like a closure does.
        self.params.push(VecSet::new());
        self.closure_depth += 1;
        crate::visit::visit_expr_async(self, a);
        self.closure_depth -= 1;
        self.params.pop();
    }

    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if self.closure_depth > 0 && p.path.segments.len() == 1 && p.qself.is_none() {
            let name = p.path.segments[0].ident.to_string();
            if !self.params.iter().any(|ps| ps.contains(&name)) {
                self.names.insert(name);
            }
        }
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        // Format arguments inside closures (`|| println!("{x}")`) capture too.
        if self.closure_depth > 0 {
            for tt in m.tokens.clone() {
                collect_token_idents(tt, &mut self.names);
            }
        } else if let Ok(args) =
            m.parse_body_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        {
            for a in &args {
                self.visit_expr(a);
            }
        } else if let Ok(sel) = m.parse_body_with(super::select::parse_select) {
            // `select!` branches: `_ = async { n += 1 } =>` captures `n` by reference.
            for b in &sel.branches {
                self.visit_pat(&b.pat);
                self.visit_expr(&b.fut);
                if let Some(c) = &b.cond {
                    self.visit_expr(c);
                }
                self.visit_expr(&b.handler);
            }
            if let Some(e) = &sel.els {
                self.visit_expr(e);
            }
        }
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

pub fn collect_token_idents(tt: proc_macro2::TokenTree, out: &mut VecSet<String>) {
    match tt {
        proc_macro2::TokenTree::Ident(i) => {
            out.insert(i.to_string());
        }
        proc_macro2::TokenTree::Group(g) => {
            for t in g.stream() {
                collect_token_idents(t, out);
            }
        }
        proc_macro2::TokenTree::Literal(l) => {
            // Inline format args: "{x}" captures x.
            let text = l.to_string();
            if text.starts_with('"') || text.starts_with('r') {
                for part in text.split('{').skip(1) {
                    let name: String = part.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() {
                        out.insert(name);
                    }
                }
            }
        }
        proc_macro2::TokenTree::Punct(_) => {}
    }
}

pub fn single_ident(e: &syn::Expr) -> Option<String> {
    match e {
        syn::Expr::Path(p) if p.path.segments.len() == 1 && p.qself.is_none() => {
            Some(p.path.segments[0].ident.to_string())
        }
        syn::Expr::Paren(p) => single_ident(&p.expr),
        _ => None,
    }
}

pub fn pattern_names(pat: &syn::Pat, out: &mut VecSet<String>) {
    struct Names<'a>(&'a mut VecSet<String>);
    impl<'ast> Visit<'ast> for Names<'_> {
        crate::visit::overrides!('ast: visit_pat_ident);

        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0.insert(p.ident.to_string());
            crate::visit::visit_pat_ident(self, p);
        }
    }
    Names(out).visit_pat(pat);
}

/// Whether the block calls (as `x.name(..)`) a method with one of these names, in macro
/// arguments too (`println!("{}", s.label())`): read from the tokens, since syn leaves
/// macro bodies unparsed. A field of that name counts too, which only costs a per-type copy.
pub fn calls_any_method(block: &syn::Block, names: &VecSet<String>) -> bool {
    fn walk(ts: proc_macro2::TokenStream, names: &VecSet<String>) -> bool {
        let mut after_dot = false;
        for tt in ts {
            match tt {
                proc_macro2::TokenTree::Punct(p) => after_dot = p.as_char() == '.',
                proc_macro2::TokenTree::Ident(i) => {
                    if after_dot && names.contains(&i.to_string()) {
                        return true;
                    }
                    after_dot = false;
                }
                proc_macro2::TokenTree::Group(g) => {
                    if walk(g.stream(), names) {
                        return true;
                    }
                    after_dot = false;
                }
                proc_macro2::TokenTree::Literal(_) => after_dot = false,
            }
        }
        false
    }
    walk(crate::span::tokens_of(block), names)
}

/// Whether a generic fn's body names one of its type parameters at the head of a path
/// (`U::SYMBOL`, `T::default()`, `<T as Trait>::f`), calls `Default::default()`, or passes it on (`inner::<T>()`):
/// such a fn is lowered once per concrete type (`Ctx::instance`), others stay erased.
pub fn uses_type_params(block: &syn::Block, params: &VecSet<String>) -> bool {
    struct Uses<'p> {
        params: &'p VecSet<String>,
        found: bool,
    }
    impl<'ast> Visit<'ast> for Uses<'_> {
        crate::visit::overrides!('ast: visit_qself, visit_expr_path, visit_macro);

        fn visit_qself(&mut self, q: &'ast syn::QSelf) {
            if let syn::Type::Path(p) = &*q.ty {
                if p.path.segments.len() == 1 && self.params.contains(&p.path.segments[0].ident.to_string()) {
                    self.found = true;
                }
            }
            crate::visit::visit_qself(self, q);
        }
        fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
            let segs = &p.path.segments;
            if segs.len() >= 2 && self.params.contains(&segs[0].ident.to_string()) {
                self.found = true;
            }
            // `let d: T = Default::default();`: its type comes from `T` (erased, it would be untyped).
            if segs.len() == 2 && segs[0].ident == "Default" && segs[1].ident == "default" {
                self.found = true;
            }
            // `inner::<T>()`: another fn given the parameter.
            if let Some(syn::PathArguments::AngleBracketed(a)) = segs.last().map(|s| &s.arguments) {
                for arg in &a.args {
                    if let syn::GenericArgument::Type(syn::Type::Path(p)) = arg {
                        if segs.len() == 1
                            && p.path.segments.len() == 1
                            && self.params.contains(&p.path.segments[0].ident.to_string())
                        {
                            self.found = true;
                        }
                    }
                }
            }
            crate::visit::visit_expr_path(self, p);
        }
        fn visit_macro(&mut self, m: &'ast syn::Macro) {
            // `println!("{}", U::SYMBOL)`: a parameter followed by `::` in the tokens.
            fn walk(ts: proc_macro2::TokenStream, params: &VecSet<String>) -> bool {
                let (mut prev_param, mut prev_lt) = (false, false);
                for tt in ts {
                    let lt = matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == '<');
                    match tt {
                        proc_macro2::TokenTree::Ident(i) => {
                            prev_param = params.contains(&i.to_string());
                            // `::<T>` or `<T as Trait>`.
                            if prev_param && prev_lt {
                                return true;
                            }
                        }
                        proc_macro2::TokenTree::Punct(p) if p.as_char() == ':' && prev_param => return true,
                        proc_macro2::TokenTree::Group(g) => {
                            if walk(g.stream(), params) {
                                return true;
                            }
                            prev_param = false;
                        }
                        _ => prev_param = false,
                    }
                    prev_lt = lt;
                }
                false
            }
            if walk(m.tokens.clone(), self.params) {
                self.found = true;
            }
        }
    }
    let mut u = Uses { params, found: false };
    u.visit_block(block);
    u.found
}
