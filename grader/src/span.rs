//! Where a syn node starts (and, for expressions, items and types, where it ends), read off
//! the tree, without syn's `printing` feature.
//!
//! syn's `Spanned::span` prints the node into a token stream and joins the spans of its first
//! and last tokens: that made `ToTokens` for the whole syntax tree, and `quote`, part of the
//! site's worker. [`Spanned::first`] names the token syn would print first (an outer
//! attribute's `#`, a visibility, a keyword, an opening delimiter, or the first token of the
//! leftmost sub-node), so positions are the ones syn gave; [`Last::span`] joins it with the
//! last token, as syn does. The text of a node is its source text ([`source_text`]), and
//! [`tokens_of`] its tokens, lexed again from that text.

use proc_macro2::{Span, TokenStream};
use syn::punctuated::Punctuated;
use syn::*;

/// A node whose first token is known.
pub trait Spanned {
    /// The span of the first token syn prints for this node.
    fn first(&self) -> Span;
}

/// A node whose last token is known too.
pub trait Last: Spanned {
    /// The span of the last token syn prints for this node.
    fn last(&self) -> Span;

    /// First to last token, as `syn::spanned::Spanned::span` gives it.
    fn span(&self) -> Span {
        let first = self.first();
        first.join(self.last()).unwrap_or(first)
    }
}

/// The node's text as written (its span's source text).
pub fn source_text(node: &impl Last) -> Option<String> {
    node.span().source_text()
}

/// The node's tokens, lexed again from its source text (as syn would print them, but for
/// the spacing of punctuation and the spans).
pub fn tokens_of(node: &impl Last) -> TokenStream {
    source_text(node).and_then(|text| text.parse().ok()).unwrap_or_default()
}

/// The tokens of a whole file: its items (and inner attributes) lexed again.
pub fn file_tokens(file: &File) -> TokenStream {
    let mut out = TokenStream::new();
    for attr in &file.attrs {
        out.extend(tokens_of(attr));
    }
    for item in &file.items {
        out.extend(tokens_of(item));
    }
    out
}

impl<T: Spanned + ?Sized> Spanned for &T {
    fn first(&self) -> Span {
        (**self).first()
    }
}

impl<T: Last + ?Sized> Last for &T {
    fn last(&self) -> Span {
        (**self).last()
    }
}

impl<T: Spanned + ?Sized> Spanned for Box<T> {
    fn first(&self) -> Span {
        (**self).first()
    }
}

impl<T: Last + ?Sized> Last for Box<T> {
    fn last(&self) -> Span {
        (**self).last()
    }
}

/// The first outer attribute's `#`, else `then`.
fn attrs_or(attrs: &[Attribute], then: Span) -> Span {
    attrs.iter().find(|a| matches!(a.style, AttrStyle::Outer)).map_or(then, |a| a.pound_token.span)
}

fn vis_or(vis: &Visibility, then: Span) -> Span {
    match vis {
        Visibility::Public(p) => p.span,
        Visibility::Restricted(r) => r.pub_token.span,
        Visibility::Inherited => then,
    }
}

fn first_token(tokens: &TokenStream) -> Span {
    tokens.clone().into_iter().next().map_or_else(Span::call_site, |t| t.span())
}

fn last_token(tokens: &TokenStream) -> Span {
    tokens.clone().into_iter().last().map_or_else(Span::call_site, |t| t.span())
}

fn lifetime_first(l: &Lifetime) -> Span {
    l.apostrophe
}

fn label_or(label: &Option<Label>, then: Span) -> Span {
    label.as_ref().map_or(then, |l| lifetime_first(&l.name))
}

fn limits_span(l: &RangeLimits) -> (Span, Span) {
    match l {
        RangeLimits::HalfOpen(t) => (t.spans[0], t.spans[1]),
        RangeLimits::Closed(t) => (t.spans[0], t.spans[2]),
    }
}

fn delimiter(d: &MacroDelimiter) -> &proc_macro2::extra::DelimSpan {
    match d {
        MacroDelimiter::Paren(p) => &p.span,
        MacroDelimiter::Brace(b) => &b.span,
        MacroDelimiter::Bracket(b) => &b.span,
    }
}

impl Spanned for Ident {
    fn first(&self) -> Span {
        self.span()
    }
}

impl Last for Ident {
    fn last(&self) -> Span {
        self.span()
    }
}

impl Spanned for Lifetime {
    fn first(&self) -> Span {
        self.apostrophe
    }
}

impl Spanned for Lit {
    fn first(&self) -> Span {
        self.span()
    }
}

impl Spanned for LitStr {
    fn first(&self) -> Span {
        self.span()
    }
}

impl Spanned for Attribute {
    fn first(&self) -> Span {
        self.pound_token.span
    }
}

impl Last for Attribute {
    fn last(&self) -> Span {
        self.bracket_token.span.close()
    }
}

impl Spanned for Path {
    fn first(&self) -> Span {
        match (&self.leading_colon, self.segments.first()) {
            (Some(c), _) => c.spans[0],
            (None, Some(s)) => s.ident.span(),
            (None, None) => Span::call_site(),
        }
    }
}

impl Last for Path {
    fn last(&self) -> Span {
        match self.segments.last() {
            Some(s) => match &s.arguments {
                PathArguments::None => s.ident.span(),
                PathArguments::AngleBracketed(a) => a.gt_token.span,
                PathArguments::Parenthesized(p) => match &p.output {
                    ReturnType::Type(_, ty) => ty.last(),
                    ReturnType::Default => p.paren_token.span.close(),
                },
            },
            None => self.first(),
        }
    }
}

fn qpath_first(qself: &Option<QSelf>, path: &Path) -> Span {
    qself.as_ref().map_or_else(|| path.first(), |q| q.lt_token.span)
}

impl Spanned for Macro {
    fn first(&self) -> Span {
        self.path.first()
    }
}

impl Last for Macro {
    fn last(&self) -> Span {
        delimiter(&self.delimiter).close()
    }
}

impl Spanned for Block {
    fn first(&self) -> Span {
        self.brace_token.span.open()
    }
}

impl Last for Block {
    fn last(&self) -> Span {
        self.brace_token.span.close()
    }
}

impl Spanned for Member {
    fn first(&self) -> Span {
        match self {
            Member::Named(i) => i.span(),
            Member::Unnamed(i) => i.span,
        }
    }
}

impl Spanned for BinOp {
    fn first(&self) -> Span {
        use BinOp::*;
        match self {
            Add(t) => t.span,
            Sub(t) => t.span,
            Mul(t) => t.span,
            Div(t) => t.span,
            Rem(t) => t.span,
            And(t) => t.spans[0],
            Or(t) => t.spans[0],
            BitXor(t) => t.span,
            BitAnd(t) => t.span,
            BitOr(t) => t.span,
            Shl(t) => t.spans[0],
            Shr(t) => t.spans[0],
            Eq(t) => t.spans[0],
            Lt(t) => t.span,
            Le(t) => t.spans[0],
            Ne(t) => t.spans[0],
            Ge(t) => t.spans[0],
            Gt(t) => t.span,
            AddAssign(t) => t.spans[0],
            SubAssign(t) => t.spans[0],
            MulAssign(t) => t.spans[0],
            DivAssign(t) => t.spans[0],
            RemAssign(t) => t.spans[0],
            BitXorAssign(t) => t.spans[0],
            BitAndAssign(t) => t.spans[0],
            BitOrAssign(t) => t.spans[0],
            ShlAssign(t) => t.spans[0],
            ShrAssign(t) => t.spans[0],
            _ => Span::call_site(),
        }
    }
}

/// The operator as written (`+`, `&&`, `<<=`).
pub fn binop_text(op: &BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add(_) => "+",
        Sub(_) => "-",
        Mul(_) => "*",
        Div(_) => "/",
        Rem(_) => "%",
        And(_) => "&&",
        Or(_) => "||",
        BitXor(_) => "^",
        BitAnd(_) => "&",
        BitOr(_) => "|",
        Shl(_) => "<<",
        Shr(_) => ">>",
        Eq(_) => "==",
        Lt(_) => "<",
        Le(_) => "<=",
        Ne(_) => "!=",
        Ge(_) => ">=",
        Gt(_) => ">",
        AddAssign(_) => "+=",
        SubAssign(_) => "-=",
        MulAssign(_) => "*=",
        DivAssign(_) => "/=",
        RemAssign(_) => "%=",
        BitXorAssign(_) => "^=",
        BitAndAssign(_) => "&=",
        BitOrAssign(_) => "|=",
        ShlAssign(_) => "<<=",
        ShrAssign(_) => ">>=",
        _ => "?",
    }
}

macro_rules! expr_firsts {
    ($($variant:ident($ty:ident) |$e:ident| $first:expr;)*) => {
        $(impl Spanned for $ty {
            fn first(&self) -> Span {
                let $e = self;
                attrs_or(&$e.attrs, $first)
            }
        })*

        impl Spanned for Expr {
            fn first(&self) -> Span {
                match self {
                    $(Expr::$variant(e) => e.first(),)*
                    Expr::Verbatim(tokens) => first_token(tokens),
                    _ => Span::call_site(),
                }
            }
        }
    };
}

// The first token after the outer attributes, per expression kind.
expr_firsts! {
    Array(ExprArray) |e| e.bracket_token.span.open();
    Assign(ExprAssign) |e| e.left.first();
    Async(ExprAsync) |e| e.async_token.span;
    Await(ExprAwait) |e| e.base.first();
    Binary(ExprBinary) |e| e.left.first();
    Block(ExprBlock) |e| label_or(&e.label, e.block.first());
    Break(ExprBreak) |e| e.break_token.span;
    Call(ExprCall) |e| e.func.first();
    Cast(ExprCast) |e| e.expr.first();
    Closure(ExprClosure) |e| {
        let start = e.lifetimes.as_ref().map(|l| l.for_token.span);
        let start = start.or(e.constness.map(|t| t.span)).or(e.movability.map(|t| t.span));
        let start = start.or(e.asyncness.map(|t| t.span)).or(e.capture.map(|t| t.span));
        start.unwrap_or(e.or1_token.span)
    };
    Const(ExprConst) |e| e.const_token.span;
    Continue(ExprContinue) |e| e.continue_token.span;
    Field(ExprField) |e| e.base.first();
    ForLoop(ExprForLoop) |e| label_or(&e.label, e.for_token.span);
    Group(ExprGroup) |e| e.group_token.span;
    If(ExprIf) |e| e.if_token.span;
    Index(ExprIndex) |e| e.expr.first();
    Infer(ExprInfer) |e| e.underscore_token.span;
    Let(ExprLet) |e| e.let_token.span;
    Lit(ExprLit) |e| e.lit.span();
    Loop(ExprLoop) |e| label_or(&e.label, e.loop_token.span);
    Macro(ExprMacro) |e| e.mac.first();
    Match(ExprMatch) |e| e.match_token.span;
    MethodCall(ExprMethodCall) |e| e.receiver.first();
    Paren(ExprParen) |e| e.paren_token.span.open();
    Path(ExprPath) |e| qpath_first(&e.qself, &e.path);
    Range(ExprRange) |e| e.start.as_ref().map_or_else(|| limits_span(&e.limits).0, |s| s.first());
    RawAddr(ExprRawAddr) |e| e.and_token.span;
    Reference(ExprReference) |e| e.and_token.span;
    Repeat(ExprRepeat) |e| e.bracket_token.span.open();
    Return(ExprReturn) |e| e.return_token.span;
    Struct(ExprStruct) |e| qpath_first(&e.qself, &e.path);
    Try(ExprTry) |e| e.expr.first();
    TryBlock(ExprTryBlock) |e| e.try_token.span;
    Tuple(ExprTuple) |e| e.paren_token.span.open();
    Unary(ExprUnary) |e| match e.op {
        UnOp::Deref(t) => t.span,
        UnOp::Not(t) => t.span,
        UnOp::Neg(t) => t.span,
        _ => e.expr.first(),
    };
    Unsafe(ExprUnsafe) |e| e.unsafe_token.span;
    While(ExprWhile) |e| label_or(&e.label, e.while_token.span);
    Yield(ExprYield) |e| e.yield_token.span;
}

impl Last for Expr {
    fn last(&self) -> Span {
        match self {
            Expr::Array(e) => e.bracket_token.span.close(),
            Expr::Assign(e) => e.right.last(),
            Expr::Async(e) => e.block.last(),
            Expr::Await(e) => e.await_token.span,
            Expr::Binary(e) => e.right.last(),
            Expr::Block(e) => e.block.last(),
            Expr::Break(e) => match (&e.expr, &e.label) {
                (Some(x), _) => x.last(),
                (None, Some(l)) => l.ident.span(),
                (None, None) => e.break_token.span,
            },
            Expr::Call(e) => e.paren_token.span.close(),
            Expr::Cast(e) => e.ty.last(),
            Expr::Closure(e) => e.body.last(),
            Expr::Const(e) => e.block.last(),
            Expr::Continue(e) => e.label.as_ref().map_or(e.continue_token.span, |l| l.ident.span()),
            Expr::Field(e) => e.member.first(),
            Expr::ForLoop(e) => e.body.last(),
            Expr::Group(e) => e.group_token.span,
            Expr::If(e) => e.else_branch.as_ref().map_or_else(|| e.then_branch.last(), |(_, x)| x.last()),
            Expr::Index(e) => e.bracket_token.span.close(),
            Expr::Infer(e) => e.underscore_token.span,
            Expr::Let(e) => e.expr.last(),
            Expr::Lit(e) => e.lit.span(),
            Expr::Loop(e) => e.body.last(),
            Expr::Macro(e) => e.mac.last(),
            Expr::Match(e) => e.brace_token.span.close(),
            Expr::MethodCall(e) => e.paren_token.span.close(),
            Expr::Paren(e) => e.paren_token.span.close(),
            Expr::Path(e) => e.path.last(),
            Expr::Range(e) => e.end.as_ref().map_or_else(|| limits_span(&e.limits).1, |x| x.last()),
            Expr::RawAddr(e) => e.expr.last(),
            Expr::Reference(e) => e.expr.last(),
            Expr::Repeat(e) => e.bracket_token.span.close(),
            Expr::Return(e) => e.expr.as_ref().map_or(e.return_token.span, |x| x.last()),
            Expr::Struct(e) => e.brace_token.span.close(),
            Expr::Try(e) => e.question_token.span,
            Expr::TryBlock(e) => e.block.last(),
            Expr::Tuple(e) => e.paren_token.span.close(),
            Expr::Unary(e) => e.expr.last(),
            Expr::Unsafe(e) => e.block.last(),
            Expr::While(e) => e.body.last(),
            Expr::Yield(e) => e.expr.as_ref().map_or(e.yield_token.span, |x| x.last()),
            Expr::Verbatim(tokens) => last_token(tokens),
            _ => self.first(),
        }
    }
}

impl Spanned for Type {
    fn first(&self) -> Span {
        match self {
            Type::Array(t) => t.bracket_token.span.open(),
            Type::BareFn(t) => {
                let start = t.lifetimes.as_ref().map(|l| l.for_token.span);
                let start = start.or(t.unsafety.map(|u| u.span)).or(t.abi.as_ref().map(|a| a.extern_token.span));
                start.unwrap_or(t.fn_token.span)
            }
            Type::Group(t) => t.group_token.span,
            Type::ImplTrait(t) => t.impl_token.span,
            Type::Infer(t) => t.underscore_token.span,
            Type::Macro(t) => t.mac.first(),
            Type::Never(t) => t.bang_token.span,
            Type::Paren(t) => t.paren_token.span.open(),
            Type::Path(t) => qpath_first(&t.qself, &t.path),
            Type::Ptr(t) => t.first(),
            Type::Reference(t) => t.and_token.span,
            Type::Slice(t) => t.bracket_token.span.open(),
            Type::TraitObject(t) => t.first(),
            Type::Tuple(t) => t.paren_token.span.open(),
            Type::Verbatim(tokens) => first_token(tokens),
            _ => Span::call_site(),
        }
    }
}

impl Last for Type {
    fn last(&self) -> Span {
        match self {
            Type::Array(t) => t.bracket_token.span.close(),
            Type::BareFn(t) => match &t.output {
                ReturnType::Type(_, ty) => ty.last(),
                ReturnType::Default => t.paren_token.span.close(),
            },
            Type::Group(t) => t.group_token.span,
            Type::ImplTrait(t) => bounds_last(&t.bounds),
            Type::Infer(t) => t.underscore_token.span,
            Type::Macro(t) => t.mac.last(),
            Type::Never(t) => t.bang_token.span,
            Type::Paren(t) => t.paren_token.span.close(),
            Type::Path(t) => t.path.last(),
            Type::Ptr(t) => t.elem.last(),
            Type::Reference(t) => t.elem.last(),
            Type::Slice(t) => t.bracket_token.span.close(),
            Type::TraitObject(t) => bounds_last(&t.bounds),
            Type::Tuple(t) => t.paren_token.span.close(),
            Type::Verbatim(tokens) => last_token(tokens),
            _ => self.first(),
        }
    }
}

fn bounds_first(bounds: &Punctuated<TypeParamBound, Token![+]>) -> Span {
    match bounds.first() {
        Some(TypeParamBound::Trait(t)) => match (&t.paren_token, &t.modifier, &t.lifetimes) {
            (Some(p), _, _) => p.span.open(),
            (None, TraitBoundModifier::Maybe(q), _) => q.span,
            (None, _, Some(l)) => l.for_token.span,
            (None, _, None) => t.path.first(),
        },
        Some(TypeParamBound::Lifetime(l)) => lifetime_first(l),
        Some(TypeParamBound::PreciseCapture(p)) => p.use_token.span,
        Some(TypeParamBound::Verbatim(tokens)) => first_token(tokens),
        _ => Span::call_site(),
    }
}

fn bounds_last(bounds: &Punctuated<TypeParamBound, Token![+]>) -> Span {
    match bounds.last() {
        Some(TypeParamBound::Trait(t)) => t.paren_token.map_or_else(|| t.path.last(), |p| p.span.close()),
        Some(TypeParamBound::Lifetime(l)) => l.ident.span(),
        Some(TypeParamBound::PreciseCapture(p)) => p.gt_token.span,
        Some(TypeParamBound::Verbatim(tokens)) => last_token(tokens),
        _ => Span::call_site(),
    }
}

impl Spanned for Pat {
    fn first(&self) -> Span {
        match self {
            Pat::Const(p) => attrs_or(&p.attrs, p.const_token.span),
            Pat::Ident(p) => p.first(),
            Pat::Lit(p) => attrs_or(&p.attrs, p.lit.span()),
            Pat::Macro(p) => attrs_or(&p.attrs, p.mac.first()),
            Pat::Or(p) => attrs_or(
                &p.attrs,
                p.leading_vert.map_or_else(|| p.cases.first().map_or_else(Span::call_site, Pat::first), |v| v.span),
            ),
            Pat::Paren(p) => attrs_or(&p.attrs, p.paren_token.span.open()),
            Pat::Path(p) => attrs_or(&p.attrs, qpath_first(&p.qself, &p.path)),
            Pat::Range(p) => p.first(),
            Pat::Reference(p) => attrs_or(&p.attrs, p.and_token.span),
            Pat::Rest(p) => attrs_or(&p.attrs, p.dot2_token.spans[0]),
            Pat::Slice(p) => attrs_or(&p.attrs, p.bracket_token.span.open()),
            Pat::Struct(p) => attrs_or(&p.attrs, qpath_first(&p.qself, &p.path)),
            Pat::Tuple(p) => attrs_or(&p.attrs, p.paren_token.span.open()),
            Pat::TupleStruct(p) => attrs_or(&p.attrs, qpath_first(&p.qself, &p.path)),
            Pat::Type(p) => p.first(),
            Pat::Verbatim(tokens) => first_token(tokens),
            Pat::Wild(p) => attrs_or(&p.attrs, p.underscore_token.span),
            _ => Span::call_site(),
        }
    }
}

impl Spanned for PatType {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, self.pat.first())
    }
}

impl Spanned for PatIdent {
    fn first(&self) -> Span {
        let start = self.by_ref.map(|r| r.span).or(self.mutability.map(|m| m.span));
        attrs_or(&self.attrs, start.unwrap_or_else(|| self.ident.span()))
    }
}

impl Spanned for Local {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, self.let_token.span)
    }
}

impl Spanned for Stmt {
    fn first(&self) -> Span {
        match self {
            Stmt::Local(l) => l.first(),
            Stmt::Item(i) => i.first(),
            Stmt::Expr(e, _) => e.first(),
            Stmt::Macro(m) => attrs_or(&m.attrs, m.mac.first()),
        }
    }
}

impl Spanned for Signature {
    fn first(&self) -> Span {
        let start = self.constness.map(|t| t.span).or(self.asyncness.map(|t| t.span));
        let start = start.or(self.unsafety.map(|t| t.span)).or(self.abi.as_ref().map(|a| a.extern_token.span));
        start.unwrap_or(self.fn_token.span)
    }
}

macro_rules! item_firsts {
    ($($variant:ident($ty:ident) |$i:ident| $first:expr;)*) => {
        $(impl Spanned for $ty {
            fn first(&self) -> Span {
                let $i = self;
                attrs_or(&$i.attrs, $first)
            }
        })*

        impl Spanned for Item {
            fn first(&self) -> Span {
                match self {
                    $(Item::$variant(i) => i.first(),)*
                    Item::Verbatim(tokens) => first_token(tokens),
                    _ => Span::call_site(),
                }
            }
        }
    };
}

// The first token after the outer attributes, per item kind.
item_firsts! {
    Const(ItemConst) |i| vis_or(&i.vis, i.const_token.span);
    Enum(ItemEnum) |i| vis_or(&i.vis, i.enum_token.span);
    ExternCrate(ItemExternCrate) |i| vis_or(&i.vis, i.extern_token.span);
    Fn(ItemFn) |i| vis_or(&i.vis, i.sig.first());
    ForeignMod(ItemForeignMod) |i| i.unsafety.map_or(i.abi.extern_token.span, |u| u.span);
    Impl(ItemImpl) |i| i.defaultness.map(|t| t.span).or(i.unsafety.map(|t| t.span)).unwrap_or(i.impl_token.span);
    Macro(ItemMacro) |i| i.mac.first();
    Mod(ItemMod) |i| vis_or(&i.vis, i.unsafety.map_or(i.mod_token.span, |u| u.span));
    Static(ItemStatic) |i| vis_or(&i.vis, i.static_token.span);
    Struct(ItemStruct) |i| vis_or(&i.vis, i.struct_token.span);
    Trait(ItemTrait) |i| {
        let start = i.unsafety.map(|t| t.span).or(i.auto_token.map(|t| t.span));
        vis_or(&i.vis, start.unwrap_or(i.trait_token.span))
    };
    TraitAlias(ItemTraitAlias) |i| vis_or(&i.vis, i.trait_token.span);
    Type(ItemType) |i| vis_or(&i.vis, i.type_token.span);
    Union(ItemUnion) |i| vis_or(&i.vis, i.union_token.span);
    Use(ItemUse) |i| vis_or(&i.vis, i.use_token.span);
}

impl Last for Item {
    fn last(&self) -> Span {
        match self {
            Item::Const(i) => i.semi_token.span,
            Item::Enum(i) => i.brace_token.span.close(),
            Item::ExternCrate(i) => i.semi_token.span,
            Item::Fn(i) => i.block.last(),
            Item::ForeignMod(i) => i.brace_token.span.close(),
            Item::Impl(i) => i.brace_token.span.close(),
            Item::Macro(i) => i.semi_token.map_or_else(|| i.mac.last(), |s| s.span),
            Item::Mod(i) => match (&i.content, &i.semi) {
                (Some((brace, _)), _) => brace.span.close(),
                (None, Some(s)) => s.span,
                (None, None) => i.ident.span(),
            },
            Item::Static(i) => i.semi_token.span,
            Item::Struct(i) => i.semi_token.map_or_else(
                || match &i.fields {
                    Fields::Named(f) => f.brace_token.span.close(),
                    Fields::Unnamed(f) => f.paren_token.span.close(),
                    Fields::Unit => i.ident.span(),
                },
                |s| s.span,
            ),
            Item::Trait(i) => i.brace_token.span.close(),
            Item::TraitAlias(i) => i.semi_token.span,
            Item::Type(i) => i.semi_token.span,
            Item::Union(i) => i.fields.brace_token.span.close(),
            Item::Use(i) => i.semi_token.span,
            Item::Verbatim(tokens) => last_token(tokens),
            _ => self.first(),
        }
    }
}

impl Spanned for ImplItem {
    fn first(&self) -> Span {
        match self {
            ImplItem::Const(i) => {
                attrs_or(&i.attrs, vis_or(&i.vis, i.defaultness.map_or(i.const_token.span, |d| d.span)))
            }
            ImplItem::Fn(i) => i.first(),
            ImplItem::Type(i) => {
                attrs_or(&i.attrs, vis_or(&i.vis, i.defaultness.map_or(i.type_token.span, |d| d.span)))
            }
            ImplItem::Macro(i) => attrs_or(&i.attrs, i.mac.first()),
            ImplItem::Verbatim(tokens) => first_token(tokens),
            _ => Span::call_site(),
        }
    }
}

impl Spanned for ImplItemFn {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, vis_or(&self.vis, self.defaultness.map_or_else(|| self.sig.first(), |d| d.span)))
    }
}

impl Spanned for TraitItem {
    fn first(&self) -> Span {
        match self {
            TraitItem::Const(i) => attrs_or(&i.attrs, i.const_token.span),
            TraitItem::Fn(i) => i.first(),
            TraitItem::Type(i) => attrs_or(&i.attrs, i.type_token.span),
            TraitItem::Macro(i) => attrs_or(&i.attrs, i.mac.first()),
            TraitItem::Verbatim(tokens) => first_token(tokens),
            _ => Span::call_site(),
        }
    }
}

impl Spanned for TraitItemFn {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, self.sig.first())
    }
}

impl Spanned for FnArg {
    fn first(&self) -> Span {
        match self {
            FnArg::Receiver(r) => r.first(),
            FnArg::Typed(t) => t.first(),
        }
    }
}

impl Spanned for Receiver {
    fn first(&self) -> Span {
        let start = self.reference.as_ref().map(|(and, _)| and.span).or(self.mutability.map(|m| m.span));
        attrs_or(&self.attrs, start.unwrap_or(self.self_token.span))
    }
}

impl Spanned for Arm {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, self.pat.first())
    }
}

impl Spanned for FieldValue {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, self.member.first())
    }
}

impl Spanned for Field {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, vis_or(&self.vis, self.ident.as_ref().map_or_else(|| self.ty.first(), Ident::span)))
    }
}

impl Spanned for Variant {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, self.ident.span())
    }
}

impl Spanned for GenericArgument {
    fn first(&self) -> Span {
        match self {
            GenericArgument::Lifetime(l) => lifetime_first(l),
            GenericArgument::Type(t) => t.first(),
            GenericArgument::Const(e) => e.first(),
            GenericArgument::AssocType(a) => a.ident.span(),
            GenericArgument::AssocConst(a) => a.ident.span(),
            GenericArgument::Constraint(c) => c.ident.span(),
            _ => Span::call_site(),
        }
    }
}

impl Spanned for ReturnType {
    fn first(&self) -> Span {
        match self {
            ReturnType::Default => Span::call_site(),
            ReturnType::Type(arrow, _) => arrow.spans[0],
        }
    }
}

impl Spanned for UseTree {
    fn first(&self) -> Span {
        match self {
            UseTree::Path(p) => p.ident.span(),
            UseTree::Name(n) => n.ident.span(),
            UseTree::Rename(r) => r.ident.span(),
            UseTree::Glob(g) => g.star_token.span,
            UseTree::Group(g) => g.brace_token.span.open(),
        }
    }
}

/// A type's tokens as text, spaced as syn's printing spaces them (`Vec < (i32 , String) >`):
/// every punctuation mark stands alone but `::`, `->` and a lifetime's `'`.
pub fn type_tokens_text(ty: &Type) -> String {
    respaced(tokens_of(ty), false).to_string()
}

/// An expression's tokens as text, spaced as syn's printing spaces them (`a && b`, `| | x`,
/// `f :: < Vec < u8 > > ()`).
pub fn expr_tokens_text(e: &Expr) -> String {
    respaced(tokens_of(e), true).to_string()
}

/// Lexed tokens join every run of punctuation (`&&x`, `::<`, `>>`); syn's printing joins only
/// the characters of one operator token. Re-space them: in a type only `::`, `->` and `'`
/// join; in an expression, Rust's operators (longest first), but for `&&` and `||` that open an
/// operand (two references, a closure without parameters) and the `>>` that closes turbofish
/// generics.
fn respaced(tokens: TokenStream, expr: bool) -> TokenStream {
    use proc_macro2::{Delimiter, Group, Punct, Spacing, TokenTree};
    const OPS: &[&str] = &[
        "<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=",
        "^=", "&=", "|=", "<<", ">>", "..",
    ];
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    let mut i = 0;
    // Open turbofish angle brackets (`::<`), inside which `<` and `>` are brackets.
    let mut angle = 0u32;
    // Whether the previous token ends an operand (so `&&`/`||` here are binary operators).
    let mut after_operand = false;
    // Inside a type written in an expression (after `:`, `->` or `as`).
    let mut in_type = false;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                out.push(trees[i].clone());
                after_operand = false;
                i += 1;
            }
            TokenTree::Punct(_) => {
                // The run of joint punctuation starting here.
                let mut run = String::new();
                let mut j = i;
                while let TokenTree::Punct(p) = &trees[j] {
                    if p.as_char() == '\'' {
                        break;
                    }
                    run.push(p.as_char());
                    j += 1;
                    if p.spacing() == Spacing::Alone || j == trees.len() {
                        break;
                    }
                }
                let chars: Vec<char> = run.chars().collect();
                let mut k = 0;
                while k < chars.len() {
                    let rest: String = chars[k..].iter().collect();
                    let mut len = 1;
                    if !expr {
                        if rest.starts_with("::") || rest.starts_with("->") {
                            len = 2;
                        }
                    } else if let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) {
                        len = op.len();
                        let prefix = (*op == "&&" || *op == "||") && !after_operand;
                        let closes = *op == ">>" && angle > 0;
                        if prefix || closes {
                            len = 1;
                        }
                    }
                    let op = &rest[..len];
                    if expr {
                        if op == "<" && (angle > 0 || in_type || out_ends_with_path_sep(&out)) {
                            angle += 1;
                        } else if op == ">" && angle > 0 {
                            angle -= 1;
                        } else if angle == 0 {
                            // `let x: T`, `|x: T|`, `-> T`: a type until `=`, `,`, `;`, `|` or a block.
                            in_type = matches!(op, ":" | "->") || (in_type && matches!(op, "&" | "::" | "*" | "+"));
                        }
                    }
                    for (n, c) in op.chars().enumerate() {
                        let spacing = if n + 1 < len { Spacing::Joint } else { Spacing::Alone };
                        let mut punct = Punct::new(c, spacing);
                        punct.set_span(trees[i + k + n].span());
                        out.push(TokenTree::Punct(punct));
                    }
                    // `?` and a closing `>` end an operand; other marks start one.
                    after_operand = op == "?" || (op == ">" && angle > 0);
                    k += len;
                }
                i = j;
            }
            // A macro's body (`name!(..)`) is printed as it was lexed.
            TokenTree::Group(_) if after_bang(&out) => {
                out.push(trees[i].clone());
                after_operand = true;
                i += 1;
            }
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), respaced(g.stream(), expr));
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
                after_operand = g.delimiter() != Delimiter::None || after_operand;
                i += 1;
            }
            TokenTree::Ident(id) => {
                let s = id.to_string();
                // A type goes on after a mark or a keyword that starts one.
                let goes_on = match out.last() {
                    Some(TokenTree::Punct(_)) => true,
                    Some(TokenTree::Ident(prev)) => {
                        matches!(prev.to_string().as_str(), "as" | "mut" | "const" | "dyn" | "impl")
                    }
                    _ => false,
                };
                if s == "as" {
                    in_type = true;
                } else if angle == 0 && in_type && !goes_on {
                    in_type = false;
                }
                after_operand = !matches!(s.as_str(), "return" | "in" | "move" | "async" | "break" | "mut" | "let");
                out.push(trees[i].clone());
                i += 1;
            }
            TokenTree::Literal(_) => {
                out.push(trees[i].clone());
                after_operand = true;
                i += 1;
            }
        }
    }
    out.into_iter().collect()
}

fn out_ends_with_path_sep(out: &[proc_macro2::TokenTree]) -> bool {
    use proc_macro2::{Spacing, TokenTree};
    matches!(out, [.., TokenTree::Punct(a), TokenTree::Punct(b)]
        if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':')
}

macro_rules! tokens {
    ($($ty:ty)*) => {$(
        impl Spanned for $ty {
            fn first(&self) -> Span {
                self.span
            }
        }
    )*};
}

tokens!(Token![async] Token![await] Token![let] Token![move] Token![unsafe] Token![?]);

impl<T: Spanned> Spanned for Option<T> {
    fn first(&self) -> Span {
        self.as_ref().map_or_else(Span::call_site, Spanned::first)
    }
}

impl Spanned for Span {
    fn first(&self) -> Span {
        *self
    }
}

impl Spanned for LitInt {
    fn first(&self) -> Span {
        self.span()
    }
}

impl Spanned for Generics {
    fn first(&self) -> Span {
        match (&self.lt_token, self.params.is_empty()) {
            (Some(lt), false) => lt.span,
            _ => Span::call_site(),
        }
    }
}

impl Spanned for Variadic {
    fn first(&self) -> Span {
        attrs_or(&self.attrs, self.pat.as_ref().map_or(self.dots.spans[0], |(p, _)| p.first()))
    }
}

impl Spanned for StaticMutability {
    fn first(&self) -> Span {
        match self {
            StaticMutability::Mut(m) => m.span,
            _ => Span::call_site(),
        }
    }
}

impl Spanned for Abi {
    fn first(&self) -> Span {
        self.extern_token.span
    }
}

impl Spanned for TypePtr {
    fn first(&self) -> Span {
        self.star_token.span
    }
}

impl Spanned for TypeTraitObject {
    fn first(&self) -> Span {
        self.dyn_token.map_or_else(|| bounds_first(&self.bounds), |d| d.span)
    }
}

fn after_bang(out: &[proc_macro2::TokenTree]) -> bool {
    use proc_macro2::{Spacing, TokenTree};
    matches!(out, [.., TokenTree::Ident(_), TokenTree::Punct(p)] if p.as_char() == '!' && p.spacing() == Spacing::Alone)
}
