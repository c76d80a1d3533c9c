//! Rust's format-spec language (`{:>8.2}`), rendered byte-identically to std.
//!
//! [`parse`] turns a format string into [`Piece`]s the way rustc's
//! `format_args!` parser does (same implicit numbering, same `.*` rule,
//! same error wording).
//! [`render`] runs a body with a *real* `std::fmt::Formatter` configured by
//! a [`Spec`], so every number, float, escape and `{:#?}` layout comes from
//! std itself.
//!
//! `std::fmt::FormattingOptions` is unstable on our toolchain, so the
//! formatter is built by `write!` with a literal format string chosen from
//! the combinations of the static flags (see `dispatch`); width and
//! precision are passed at run time as `1$` / `2$` arguments.
//! Only the flags that change std's output are combined: alignment, fill and `0`
//! change nothing without a width, and `-` nothing at all, so those literals leave
//! them out and [`spec_of`] reads them back from the spec being rendered
//! (216 literals instead of 576: for size, the worker's `dispatch` went from 43.5 KB to 18.3 KB
//! raw, 3.2 KB less gzipped).
//! The fill character cannot be a run-time value in std's syntax: an aligned
//! spec is rendered with the private-use sentinel [`FILL_SENTINEL`] as fill,
//! and the writer replaces each padding character (std writes padding with
//! `write_char`) by the real fill.
//! Limitation: if the text being padded itself contains U+10FFFD, the run is
//! refused with `Err` rather than risk a wrong answer (detected when it
//! arrives through `write_str`; the one path not detectable is a
//! `write_char('\u{10FFFD}')` by a nested formatter inside a padded body).

use std::cell::Cell;
use std::fmt::{self, Write as _};

#[cfg(test)]
mod tests;

/// One part of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Piece {
    Literal(String),
    Arg(Placeholder),
}

/// Which argument a placeholder (or its `width$` / `.prec$`) refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArgRef {
    /// Positional; implicit `{}` are already numbered 0, 1, 2, ...
    Index(usize),
    /// Named (`{x}`, `{:>w$}`): a `name = value` argument or, failing that,
    /// a variable captured inline.
    Name(String),
}

/// `{arg:spec}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Placeholder {
    pub arg: ArgRef,
    pub spec: Spec,
    /// `{:1$}`, `{:w$}`: width taken from an argument (`spec.width` is then `None`).
    pub width_arg: Option<ArgRef>,
    /// `{:.1$}`, `{:.p$}`, `{:.*}`: precision taken from an argument.
    pub precision_arg: Option<ArgRef>,
}

/// The options of one placeholder, as a `std::fmt::Formatter` sees them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Spec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign_plus: bool,
    pub sign_minus: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub trait_: FmtTrait,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec {
            fill: ' ',
            align: None,
            sign_plus: false,
            sign_minus: false,
            alternate: false,
            zero_pad: false,
            width: None,
            precision: None,
            trait_: FmtTrait::Display,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// The formatting trait a placeholder asks for (`{}`, `{:?}`, `{:x}`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FmtTrait {
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Octal,
    Binary,
    LowerExp,
    UpperExp,
    /// `{:x?}`
    DebugLowerHex,
    /// `{:X?}`
    DebugUpperHex,
}

impl FmtTrait {
    /// The `std::fmt` trait of this name (`Display`, `LowerHex`, ...), as a learner's code names it
    /// (`fmt::Debug::fmt(&self.0, f)`).
    pub fn from_trait_name(name: &str) -> Option<FmtTrait> {
        Some(match name {
            "Display" => FmtTrait::Display,
            "Debug" => FmtTrait::Debug,
            "LowerHex" => FmtTrait::LowerHex,
            "UpperHex" => FmtTrait::UpperHex,
            "Octal" => FmtTrait::Octal,
            "Binary" => FmtTrait::Binary,
            "LowerExp" => FmtTrait::LowerExp,
            "UpperExp" => FmtTrait::UpperExp,
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------- parse

/// Parse a format string as `format_args!` does.
/// Errors read like rustc's (`invalid format string: ...`).
/// Argument *counts* and names are not checked here: that needs the call's arguments.
pub fn parse(fmt: &str) -> Result<Vec<Piece>, String> {
    Parser { chars: fmt.char_indices().collect(), i: 0, next_implicit: 0 }.parse_all()
}

struct Parser {
    chars: Vec<(usize, char)>,
    i: usize,
    next_implicit: usize,
}

fn invalid(msg: impl std::fmt::Display) -> String {
    format!("invalid format string: {msg}")
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).map(|&(_, c)| c)
    }
    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.i + n).map(|&(_, c)| c)
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.i += 1;
        }
    }

    fn parse_all(mut self) -> Result<Vec<Piece>, String> {
        let mut pieces = Vec::new();
        let mut lit = String::new();
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                '{' if self.eat('{') => lit.push('{'),
                '}' if self.eat('}') => lit.push('}'),
                '}' => return Err(invalid("unmatched `}` found")),
                '{' => {
                    if !lit.is_empty() {
                        pieces.push(Piece::Literal(std::mem::take(&mut lit)));
                    }
                    pieces.push(Piece::Arg(self.placeholder()?));
                }
                c => lit.push(c),
            }
        }
        if !lit.is_empty() {
            pieces.push(Piece::Literal(lit));
        }
        Ok(pieces)
    }

    fn expect_close(&mut self) -> Result<(), String> {
        self.skip_ws();
        match self.peek() {
            Some('}') => {
                self.i += 1;
                Ok(())
            }
            Some(c) => Err(invalid(format!("expected `}}`, found `{c}`"))),
            None => Err(invalid("expected `}` but string was terminated")),
        }
    }

    /// After the opening `{`.
    fn placeholder(&mut self) -> Result<Placeholder, String> {
        let explicit = self.argument()?;
        self.skip_ws();
        let mut spec = Spec::default();
        let mut width_arg = None;
        let mut precision_arg = None;
        let mut unknown_trait = None;
        if self.eat(':') {
            unknown_trait = self.format_spec(&mut spec, &mut width_arg, &mut precision_arg)?;
        }
        self.expect_close()?;
        // rustc complains about the trait name only once the placeholder is closed.
        if let Some(e) = unknown_trait {
            return Err(e);
        }
        // As in rustc, a `.*` precision takes its implicit number before the value does.
        let arg = match explicit {
            Some(a) => a,
            None => {
                let n = self.next_implicit;
                self.next_implicit += 1;
                ArgRef::Index(n)
            }
        };
        Ok(Placeholder { arg, spec, width_arg, precision_arg })
    }

    fn integer(&mut self) -> Option<Result<usize, String>> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        if self.i == start {
            return None;
        }
        let text: String = self.chars[start..self.i].iter().map(|&(_, c)| c).collect();
        // rustc reads every integer in a format string as a u16.
        Some(match text.parse::<u16>() {
            Ok(n) => Ok(n as usize),
            Err(_) => {
                Err(invalid(format!("integer `{text}` does not fit into the type `u16` whose range is `0..=65535`")))
            }
        })
    }

    fn word(&mut self) -> Option<String> {
        let c = self.peek()?;
        if !(c == '_' || unicode_ident_start(c)) {
            return None;
        }
        let start = self.i;
        self.i += 1;
        while self.peek().is_some_and(unicode_ident_continue) {
            self.i += 1;
        }
        Some(self.chars[start..self.i].iter().map(|&(_, c)| c).collect())
    }

    fn argument(&mut self) -> Result<Option<ArgRef>, String> {
        if let Some(n) = self.integer() {
            return Ok(Some(ArgRef::Index(n?)));
        }
        match self.word() {
            Some(w) if w == "_" => Err(invalid("invalid argument name `_`")),
            Some(w) => Ok(Some(ArgRef::Name(w))),
            None => Ok(None),
        }
    }

    /// `count := integer | argument '$'`; `None` when there is no count here.
    fn count(&mut self) -> Result<Option<Count>, String> {
        let save = self.i;
        if let Some(n) = self.integer() {
            let n = n?;
            if self.eat('$') {
                return Ok(Some(Count::Arg(ArgRef::Index(n))));
            }
            return Ok(Some(Count::Lit(n)));
        }
        if let Some(w) = self.word() {
            if self.eat('$') {
                if w == "_" {
                    return Err(invalid("invalid argument name `_`"));
                }
                return Ok(Some(Count::Arg(ArgRef::Name(w))));
            }
        }
        self.i = save;
        Ok(None)
    }

    fn format_spec(
        &mut self,
        spec: &mut Spec,
        width_arg: &mut Option<ArgRef>,
        precision_arg: &mut Option<ArgRef>,
    ) -> Result<Option<String>, String> {
        // [[fill]align]
        if let (Some(c), Some('<' | '^' | '>')) = (self.peek(), self.peek_at(1)) {
            spec.fill = c;
            self.i += 1;
        }
        if self.eat('<') {
            spec.align = Some(Align::Left);
        } else if self.eat('^') {
            spec.align = Some(Align::Center);
        } else if self.eat('>') {
            spec.align = Some(Align::Right);
        }
        // [sign]['#']
        if self.eat('+') {
            spec.sign_plus = true;
        } else if self.eat('-') {
            spec.sign_minus = true;
        }
        if self.eat('#') {
            spec.alternate = true;
        }
        // ['0'][width]: `0$` is a width argument, not the zero flag.
        let mut have_width = false;
        if self.peek() == Some('0') {
            if self.peek_at(1) == Some('$') {
                self.i += 2;
                *width_arg = Some(ArgRef::Index(0));
                have_width = true;
            } else {
                self.i += 1;
                spec.zero_pad = true;
            }
        }
        if !have_width {
            match self.count()? {
                Some(Count::Lit(n)) => spec.width = Some(n),
                Some(Count::Arg(a)) => *width_arg = Some(a),
                None => {}
            }
        }
        // ['.' precision]
        if self.eat('.') {
            if self.eat('*') {
                let n = self.next_implicit;
                self.next_implicit += 1;
                *precision_arg = Some(ArgRef::Index(n));
            } else {
                match self.count()? {
                    Some(Count::Lit(n)) => spec.precision = Some(n),
                    Some(Count::Arg(a)) => *precision_arg = Some(a),
                    None => {}
                }
            }
        }
        // type
        spec.trait_ = if self.eat('x') {
            if self.eat('?') {
                FmtTrait::DebugLowerHex
            } else {
                FmtTrait::LowerHex
            }
        } else if self.eat('X') {
            if self.eat('?') {
                FmtTrait::DebugUpperHex
            } else {
                FmtTrait::UpperHex
            }
        } else if self.eat('?') {
            FmtTrait::Debug
        } else {
            match self.word().as_deref() {
                None => FmtTrait::Display,
                Some("o") => FmtTrait::Octal,
                Some("b") => FmtTrait::Binary,
                Some("e") => FmtTrait::LowerExp,
                Some("E") => FmtTrait::UpperExp,
                Some("p") => return Ok(Some("unsupported format trait `p` (pointer addresses)".to_string())),
                Some(other) => return Ok(Some(format!("unknown format trait `{other}`"))),
            }
        };
        Ok(None)
    }
}

enum Count {
    Lit(usize),
    Arg(ArgRef),
}

fn unicode_ident_start(c: char) -> bool {
    c.is_alphabetic()
}

fn unicode_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

// ---------------------------------------------------------------- render

/// The fill written into aligned format strings; replaced by the real fill on output.
pub const FILL_SENTINEL: char = '\u{10FFFD}';

/// The options of a spec that its literal format string may leave out (see `dispatch`).
#[derive(Clone, Copy)]
struct Unwritten {
    fill: char,
    align: Option<Align>,
    zero_pad: bool,
    sign_minus: bool,
}

thread_local! {
    /// Those of the innermost `render` running (read by [`spec_of`]); `None` outside any.
    static RENDERING: Cell<Option<Unwritten>> = const { Cell::new(None) };
}

/// Why `spec` cannot be rendered exactly, if it cannot.
/// `render` returns `Err` exactly in these cases (and when the body fails).
pub fn unsupported_reason(spec: &Spec) -> Option<String> {
    if spec.sign_plus && spec.sign_minus {
        return Some("a format spec cannot have both `+` and `-`".to_string());
    }
    if spec.align.is_none() && spec.fill != ' ' {
        return Some("a fill character needs an alignment (`<`, `^` or `>`)".to_string());
    }
    for (what, v) in [("width", spec.width), ("precision", spec.precision)] {
        if v.is_some_and(|v| v > u16::MAX as usize) {
            // Real Rust panics here at run time with this message.
            return Some(format!("Formatting argument out of range ({what})"));
        }
    }
    None
}

/// Run `body` with a real `std::fmt::Formatter` configured exactly by `spec`
/// (width/precision already resolved), appending to `out`.
/// `Err` when the body fails or the spec cannot be rendered exactly
/// ([`unsupported_reason`]); `out` may then hold partial output.
pub fn render(spec: &Spec, out: &mut String, body: &dyn Fn(&mut fmt::Formatter<'_>) -> fmt::Result) -> fmt::Result {
    if unsupported_reason(spec).is_some() {
        return Err(fmt::Error);
    }
    let mut sink = Sink {
        out,
        fill: if spec.align.is_some() && spec.width.is_some() { Some(spec.fill) } else { None },
        ambiguous: false,
    };
    let unwritten =
        Unwritten { fill: spec.fill, align: spec.align, zero_pad: spec.zero_pad, sign_minus: spec.sign_minus };
    let saved = RENDERING.with(|r| r.replace(Some(unwritten)));
    let result = dispatch(&mut sink, &Body(body), spec);
    RENDERING.with(|r| r.set(saved));
    if sink.ambiguous {
        return Err(fmt::Error);
    }
    result
}

/// The options of a real formatter, to hand to a learner's own `impl Display`: inside a
/// `render`, `f` is its formatter (or one std's debug builders made with the same options),
/// and the options its literal left out come from the spec it renders.
pub fn spec_of(f: &fmt::Formatter<'_>, trait_: FmtTrait) -> Spec {
    let unwritten = RENDERING.with(Cell::get).unwrap_or(Unwritten {
        fill: f.fill(),
        align: match f.align() {
            Some(fmt::Alignment::Left) => Some(Align::Left),
            Some(fmt::Alignment::Center) => Some(Align::Center),
            Some(fmt::Alignment::Right) => Some(Align::Right),
            None => None,
        },
        zero_pad: f.sign_aware_zero_pad(),
        sign_minus: f.sign_minus(),
    });
    Spec {
        fill: unwritten.fill,
        align: unwritten.align,
        sign_plus: f.sign_plus(),
        sign_minus: unwritten.sign_minus,
        alternate: f.alternate(),
        zero_pad: unwritten.zero_pad,
        width: f.width(),
        precision: f.precision(),
        trait_,
    }
}

struct Body<'a>(&'a dyn Fn(&mut fmt::Formatter<'_>) -> fmt::Result);

impl fmt::Display for Body<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

impl fmt::Debug for Body<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

/// Appends to `out`, turning std's padding (`write_char(FILL_SENTINEL)`) into the real fill.
struct Sink<'a> {
    out: &'a mut String,
    fill: Option<char>,
    ambiguous: bool,
}

impl fmt::Write for Sink<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.fill.is_some() && s.contains(FILL_SENTINEL) {
            self.ambiguous = true;
        }
        self.out.push_str(s);
        Ok(())
    }
    fn write_char(&mut self, c: char) -> fmt::Result {
        match self.fill {
            Some(fill) if c == FILL_SENTINEL => self.out.push(fill),
            _ => self.out.push(c),
        }
        Ok(())
    }
}

/// One `write!` per combination of the flags that std only takes from a literal format
/// string and that change its output: alignment (with the sentinel fill) and `0` when there
/// is a width, `+`, `#`, debug-hex, and the presence of width and precision.
/// Without a width, alignment, fill and `0` change nothing std writes (its padding code
/// treats no width as width 0); `-` never does. `spec_of` reads those from `RENDERING`.
fn dispatch(sink: &mut Sink<'_>, body: &Body<'_>, spec: &Spec) -> fmt::Result {
    let precision = spec.precision;
    macro_rules! leaf {
        (none; $fa:literal, $sg:literal, $al:literal, $z:literal, $t:literal) => {
            match precision {
                None => write!(sink, concat!("{0:", $fa, $sg, $al, $z, $t, "}"), body),
                Some(p) => write!(sink, concat!("{0:", $fa, $sg, $al, $z, ".1$", $t, "}"), body, p),
            }
        };
        ($w:ident; $fa:literal, $sg:literal, $al:literal, $z:literal, $t:literal) => {
            match precision {
                None => write!(sink, concat!("{0:", $fa, $sg, $al, $z, "1$", $t, "}"), body, $w),
                Some(p) => write!(sink, concat!("{0:", $fa, $sg, $al, $z, "1$.2$", $t, "}"), body, $w, p),
            }
        };
    }
    macro_rules! by_trait {
        ($w:ident; $fa:literal, $sg:literal, $al:literal, $z:literal) => {
            match spec.trait_ {
                FmtTrait::DebugLowerHex => leaf!($w; $fa, $sg, $al, $z, "x?"),
                FmtTrait::DebugUpperHex => leaf!($w; $fa, $sg, $al, $z, "X?"),
                // The trait itself is the body's business; only x?/X? set formatter flags.
                _ => leaf!($w; $fa, $sg, $al, $z, ""),
            }
        };
    }
    macro_rules! by_zero {
        (none; $fa:literal, $sg:literal, $al:literal) => {
            by_trait!(none; $fa, $sg, $al, "")
        };
        ($w:ident; $fa:literal, $sg:literal, $al:literal) => {
            if spec.zero_pad {
                by_trait!($w; $fa, $sg, $al, "0")
            } else {
                by_trait!($w; $fa, $sg, $al, "")
            }
        };
    }
    macro_rules! by_alternate {
        ($w:ident; $fa:literal, $sg:literal) => {
            if spec.alternate {
                by_zero!($w; $fa, $sg, "#")
            } else {
                by_zero!($w; $fa, $sg, "")
            }
        };
    }
    macro_rules! by_sign {
        ($w:ident; $fa:literal) => {
            if spec.sign_plus {
                by_alternate!($w; $fa, "+")
            } else {
                by_alternate!($w; $fa, "")
            }
        };
    }
    match (spec.width, spec.align) {
        (None, _) => by_sign!(none; ""),
        (Some(w), None) => by_sign!(w; ""),
        (Some(w), Some(Align::Left)) => by_sign!(w; "\u{10FFFD}<"),
        (Some(w), Some(Align::Center)) => by_sign!(w; "\u{10FFFD}^"),
        (Some(w), Some(Align::Right)) => by_sign!(w; "\u{10FFFD}>"),
    }
}
