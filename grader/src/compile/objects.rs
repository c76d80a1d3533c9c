//! `E0038`: `dyn Name` where `Name` is the learner's own trait and is not dyn compatible,
//! because one of its methods is an `async fn`, returns `impl Trait` or has type or const
//! parameters (and is not exempted with `where Self: Sized`).
//!
//! rustc checks this where the type is written (`Box<dyn Fetch>`, `&dyn Store`), so each
//! `dyn Name` is reported at its line. A trait declared twice, or named through a path
//! (`other::Name`), says nothing.

use crate::vec_map::VecMap;

use crate::visit::Visit;

use super::items::Items;
use super::rustc_error;
use crate::lint::syntax::pos_of;
use crate::report::Diagnostic;

/// Append an `E0038` for each `dyn Name` of a trait of the file that is not dyn compatible.
pub fn check(file: &syn::File, items: &Items, out: &mut Vec<Diagnostic>) {
    let mut f = Find::default();
    f.visit_file(file);
    for (name, pos) in f.uses {
        let Some(Some(why)) = f.traits.get(&name) else { continue };
        if !items.declared_once(&name) {
            continue;
        }
        out.push(rustc_error(
            "E0038",
            format!("the trait `{name}` is not dyn compatible"),
            pos,
            Some(format!(
                "{why}, so `dyn {name}` cannot call it: take `impl {name}` or a generic `T: {name}` instead of `dyn {name}`"
            )),
        ));
    }
}

#[derive(Default)]
struct Find {
    /// The file's traits: name -> why it is not dyn compatible (`None` when it is); two
    /// traits of one name -> `None`.
    traits: VecMap<String, Option<String>>,
    /// Every `dyn Name` with a single-segment path: name, position.
    uses: Vec<(String, crate::report::Pos)>,
}

/// Why a trait method makes its trait not dyn compatible, if it does.
fn why_not(trait_name: &str, f: &syn::TraitItemFn) -> Option<String> {
    let exempt = f.sig.generics.where_clause.as_ref().is_some_and(|w| {
        w.predicates.iter().any(|p| {
            matches!(p, syn::WherePredicate::Type(t)
                if matches!(&t.bounded_ty, syn::Type::Path(s) if s.path.is_ident("Self"))
                    && t.bounds.iter().any(|b| matches!(b, syn::TypeParamBound::Trait(tb) if tb.path.is_ident("Sized"))))
        })
    });
    if exempt {
        return None;
    }
    let m = format!("`{trait_name}::{}`", f.sig.ident);
    if f.sig.asyncness.is_some() {
        return Some(format!("{m} is an `async fn`"));
    }
    if let syn::ReturnType::Type(_, ty) = &f.sig.output {
        if matches!(**ty, syn::Type::ImplTrait(_)) {
            return Some(format!("{m} returns `impl Trait`"));
        }
    }
    let generic =
        f.sig.generics.params.iter().any(|p| matches!(p, syn::GenericParam::Type(_) | syn::GenericParam::Const(_)));
    generic.then(|| format!("{m} is generic"))
}

impl<'ast> Visit<'ast> for Find {
    crate::visit::overrides!('ast: visit_item_trait, visit_type_trait_object);

    fn visit_item_trait(&mut self, t: &'ast syn::ItemTrait) {
        let name = t.ident.to_string();
        let why = t.items.iter().find_map(|i| match i {
            syn::TraitItem::Fn(f) => why_not(&name, f),
            _ => None,
        });
        match self.traits.get_mut(&name) {
            Some(known) => *known = None,
            None => {
                self.traits.insert(name, why);
            }
        }
        crate::visit::visit_item_trait(self, t);
    }

    fn visit_type_trait_object(&mut self, t: &'ast syn::TypeTraitObject) {
        if t.dyn_token.is_some() {
            for b in &t.bounds {
                if let syn::TypeParamBound::Trait(tb) = b {
                    if let Some(id) = tb.path.get_ident() {
                        self.uses.push((id.to_string(), pos_of(t)));
                    }
                }
            }
        }
        crate::visit::visit_type_trait_object(self, t);
    }
}
