//! `render` against std's own `format!` with the same literal spec, and `parse`
//! against the grammar rustc accepts.

use super::*;
use std::fmt::{Binary, Debug, Display, LowerExp, LowerHex, Octal, UpperExp, UpperHex};

/// Dispatch to the trait a spec asks for; a trait the type lacks is a test bug.
trait Show {
    fn show(&self, t: FmtTrait, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

macro_rules! show_int {
    ($($t:ty),*) => {$(
        impl Show for $t {
            fn show(&self, t: FmtTrait, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match t {
                    FmtTrait::Display => Display::fmt(self, f),
                    FmtTrait::Debug | FmtTrait::DebugLowerHex | FmtTrait::DebugUpperHex => Debug::fmt(self, f),
                    FmtTrait::LowerHex => LowerHex::fmt(self, f),
                    FmtTrait::UpperHex => UpperHex::fmt(self, f),
                    FmtTrait::Octal => Octal::fmt(self, f),
                    FmtTrait::Binary => Binary::fmt(self, f),
                    FmtTrait::LowerExp => LowerExp::fmt(self, f),
                    FmtTrait::UpperExp => UpperExp::fmt(self, f),
                }
            }
        }
    )*};
}
show_int!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

macro_rules! show_float {
    ($($t:ty),*) => {$(
        impl Show for $t {
            fn show(&self, t: FmtTrait, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match t {
                    FmtTrait::Display => Display::fmt(self, f),
                    FmtTrait::Debug => Debug::fmt(self, f),
                    FmtTrait::LowerExp => LowerExp::fmt(self, f),
                    FmtTrait::UpperExp => UpperExp::fmt(self, f),
                    other => panic!("{other:?} on a float"),
                }
            }
        }
    )*};
}
show_float!(f32, f64);

macro_rules! show_text {
    ($($t:ty),*) => {$(
        impl Show for $t {
            fn show(&self, t: FmtTrait, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match t {
                    FmtTrait::Display => Display::fmt(self, f),
                    FmtTrait::Debug | FmtTrait::DebugLowerHex | FmtTrait::DebugUpperHex => Debug::fmt(self, f),
                    other => panic!("{other:?} on text"),
                }
            }
        }
    )*};
}
show_text!(&str, String, char, bool);

/// Debug-only values (derived structs, collections).
struct Dbg<T>(T);
impl<T: Debug> Debug for Dbg<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
impl<T: Debug> Show for Dbg<T> {
    fn show(&self, t: FmtTrait, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match t {
            FmtTrait::Debug | FmtTrait::DebugLowerHex | FmtTrait::DebugUpperHex => Debug::fmt(&self.0, f),
            other => panic!("{other:?} on a Debug-only value"),
        }
    }
}

fn one_placeholder(lit: &str) -> Placeholder {
    let pieces = parse(lit).unwrap_or_else(|e| panic!("{lit}: {e}"));
    match pieces.as_slice() {
        [Piece::Arg(p)] => p.clone(),
        other => panic!("{lit}: expected one placeholder, got {other:?}"),
    }
}

fn rendered(spec: &Spec, v: &dyn Show) -> String {
    let mut out = String::from("<");
    render(spec, &mut out, &|f| v.show(spec.trait_, f)).expect("render failed");
    out.push('>');
    out
}

/// For each literal spec: `render` (spec from our `parse`) == `format!`.
macro_rules! same {
    ($v:expr; $($lit:literal),+ $(,)?) => {{
        let v = $v;
        $(
            let want = format!(concat!("<", $lit, ">"), v);
            let p = one_placeholder($lit);
            assert_eq!(p.arg, ArgRef::Index(0), "{}", $lit);
            let got = rendered(&p.spec, &v);
            assert_eq!(got, want, "spec {} on {:?}", $lit, stringify!($v));
        )+
    }};
}

macro_rules! int_specs {
    ($v:expr) => {
        same!($v; "{}", "{:?}", "{:5}", "{:<5}", "{:^5}", "{:>5}", "{:*^9}", "{:+}", "{:+5}", "{:-}",
            "{:05}", "{:+05}", "{:<05}", "{:^+08}", "{:#x}", "{:#X}", "{:x}", "{:X}", "{:o}", "{:#o}",
            "{:b}", "{:#b}", "{:#010b}", "{:010b}", "{:#010x}", "{:e}", "{:E}", "{:.2e}", "{:12.3e}",
            "{:x?}", "{:X?}", "{:#x?}", "{:#?}", "{:08?}", "{:é>7}", "{:🦀<6}", "{:0>4}", "{:_^12x}",
            "{:>1}", "{:.3}", "{:1}", "{:0}", "{:>0}", "{:->+7}", "{:#>#7x}", "{:^#12b}", "{:<#012b}")
    };
}

#[test]
fn integers_match_std() {
    int_specs!(0i32);
    int_specs!(42i32);
    int_specs!(-42i32);
    int_specs!(i8::MIN);
    int_specs!(i8::MAX);
    int_specs!(u8::MAX);
    int_specs!(-1i16);
    int_specs!(i64::MIN);
    int_specs!(u64::MAX);
    int_specs!(i128::MIN);
    int_specs!(u128::MAX);
    int_specs!(-7isize);
    int_specs!(123456789usize);
    int_specs!(1000u32);
}

macro_rules! float_specs {
    ($v:expr) => {
        same!($v; "{}", "{:?}", "{:#?}", "{:.0}", "{:.1}", "{:.3}", "{:.20}", "{:8.3}", "{:08.3}", "{:+08.3}",
            "{:<8.2}", "{:^9.1}", "{:*>10}", "{:+}", "{:+?}", "{:e}", "{:E}", "{:.3e}", "{:+.2E}",
            "{:012e}", "{:>12.1e}", "{:010?}", "{:.2?}", "{:-}", "{:5}", "{:015.7}", "{:x>+9.2}",
            "{:#}", "{:#?}", "{:1}", "{:.0e}")
    };
}

#[test]
fn floats_match_std() {
    for v in [
        0.0f64,
        -0.0,
        1.0,
        -1.5,
        0.1,
        1.0 / 3.0,
        2.5,
        3.5,
        1e21,
        1e-7,
        1e15,
        1e16,
        1e-5,
        123456.789,
        f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.125,
        999.9999,
    ] {
        float_specs!(v);
    }
    for v in [0.0f32, -0.0, 0.1, 1.0 / 3.0, 16777216.0, 1e-7, f32::NAN, f32::NEG_INFINITY, f32::MAX, 2.71] {
        float_specs!(v);
    }
}

macro_rules! text_specs {
    ($v:expr) => {
        same!($v; "{}", "{:?}", "{:#?}", "{:8}", "{:<8}", "{:^8}", "{:>8}", "{:.2}", "{:8.2}", "{:-^9.3}",
            "{:>10?}", "{:.1?}", "{:08}", "{:+}", "{:#}", "{:x?}", "{:ü^11}", "{:0<6}", "{:>3}",
            "{:.0}", "{:^}")
    };
}

#[test]
fn text_matches_std() {
    for s in [
        "",
        "a",
        "hello",
        "héllo wörld",
        "日本語テキスト",
        "🦀🦀",
        "tab\there",
        "quote\"back\\slash",
        "nl\nret\r",
        "\u{7f}\u{0}\u{200b}",
        "e\u{301}",
        "'single'",
    ] {
        text_specs!(s);
        text_specs!(s.to_string());
    }
    for c in ['a', 'é', '\'', '"', '\n', '\u{0}', '🦀', '\u{301}', ' ', '\\'] {
        text_specs!(c);
    }
    text_specs!(true);
    text_specs!(false);
}

#[derive(Debug)]
#[allow(dead_code)]
struct Point {
    x: i32,
    y: f64,
}

#[derive(Debug)]
#[allow(dead_code)]
enum Shape {
    Circle { center: Point, radius: f32 },
    Poly(Vec<Point>),
    Empty,
}

#[derive(Debug)]
#[allow(dead_code)]
struct Unit;

#[derive(Debug)]
#[allow(dead_code)]
struct Wrapper(Option<String>, (u8, char), Unit);

#[test]
fn debug_structures_match_std() {
    let shapes = vec![
        Shape::Circle { center: Point { x: -3, y: 0.5 }, radius: 2.0 },
        Shape::Poly(vec![Point { x: 1, y: 1e21 }, Point { x: 255, y: -0.0 }]),
        Shape::Poly(vec![]),
        Shape::Empty,
    ];
    same!(Dbg(&shapes); "{:?}", "{:#?}", "{:5?}", "{:#5?}", "{:x?}", "{:#X?}", "{:+?}", "{:.1?}", "{:#.2?}",
        "{:>4?}", "{:*^6?}", "{:04?}", "{:#04x?}");
    let w = Wrapper(Some("a\"b\n".into()), (7, '\''), Unit);
    same!(Dbg(&w); "{:?}", "{:#?}", "{:>3?}", "{:#x?}");
    let nested: Vec<Option<Result<(i32, &str), String>>> = vec![Some(Ok((1, "one"))), None, Some(Err("bad".into()))];
    same!(Dbg(&nested); "{:?}", "{:#?}", "{:3?}");
    let map: std::collections::BTreeMap<&str, Vec<u8>> = [("k1", vec![1, 2]), ("k2", vec![])].into_iter().collect();
    same!(Dbg(&map); "{:?}", "{:#?}", "{:02x?}", "{:#02X?}");
    same!(Dbg(()); "{:?}", "{:#?}", "{:>4?}");
    same!(Dbg(("x", 1.5f32, [0u8; 3])); "{:?}", "{:#?}", "{:.2?}");
}

/// Width and precision given at run time (`{:>1$}`, `{:.*}`, `{:w$.p$}`).
#[test]
fn runtime_width_and_precision() {
    let pieces = parse("{:>w$.p$}").unwrap();
    let Piece::Arg(p) = &pieces[0] else { panic!() };
    assert_eq!(p.width_arg, Some(ArgRef::Name("w".into())));
    assert_eq!(p.precision_arg, Some(ArgRef::Name("p".into())));
    for w in [0usize, 1, 7, 30, 65535] {
        for prec in [0usize, 2, 9] {
            let v = -1.23456f64;
            let want = format!("{:>w$.prec$}", v);
            let spec = Spec { width: Some(w), precision: Some(prec), ..p.spec.clone() };
            let mut got = String::new();
            render(&spec, &mut got, &|f| Display::fmt(&v, f)).unwrap();
            assert_eq!(got, want);
            let want = format!("{:_^w$.prec$}", "unicodé");
            let spec = Spec {
                width: Some(w),
                precision: Some(prec),
                align: Some(Align::Center),
                fill: '_',
                ..Spec::default()
            };
            let mut got = String::new();
            render(&spec, &mut got, &|f| Display::fmt("unicodé", f)).unwrap();
            assert_eq!(got, want);
        }
    }
}

#[test]
fn width_zero_is_not_no_width() {
    // `{:0$}`-style width 0 must reach the body as Some(0), as in std.
    let spec = Spec { width: Some(0), ..Spec::default() };
    let mut out = String::new();
    render(&spec, &mut out, &|f| write!(f, "{:?}", f.width())).unwrap();
    assert_eq!(out, format!("{:?}", Some(0)));
}

/// A learner's own Display sees the same options through `spec_of`.
#[test]
fn spec_of_reads_the_formatter() {
    struct Probe;
    impl Display for Probe {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let s = spec_of(f, FmtTrait::Display);
            write!(
                f,
                "{:?}",
                (s.fill, s.align, s.sign_plus, s.sign_minus, s.alternate, s.zero_pad, s.width, s.precision)
            )
        }
    }
    for lit in ["{}", "{:>5}", "{:é^+#08.3}", "{:-}", "{:<}", "{:0}", "{:.0}", "{:x<3}", "{: >3}", "{:#}"] {
        let p = one_placeholder(lit);
        let mut out = String::new();
        render(&p.spec, &mut out, &|f| Display::fmt(&Probe, f)).unwrap();
        let s = &p.spec;
        let want = format!(
            "{:?}",
            (s.fill, s.align, s.sign_plus, s.sign_minus, s.alternate, s.zero_pad, s.width, s.precision)
        );
        assert_eq!(out, want, "{lit}");
    }
    // And std agrees about what those options are (alignment/fill aside).
    assert_eq!(format!("{:>+#08.3}", Probe), "(' ', Some(Right), true, false, true, true, Some(8), Some(3))");
}

#[test]
fn impossible_specs_are_errors() {
    let noop = |_: &mut fmt::Formatter<'_>| Ok(());
    let bad = [
        Spec { sign_plus: true, sign_minus: true, ..Spec::default() },
        Spec { fill: '*', ..Spec::default() },
        Spec { width: Some(65536), ..Spec::default() },
        Spec { precision: Some(1 << 20), ..Spec::default() },
    ];
    for spec in bad {
        assert!(unsupported_reason(&spec).is_some(), "{spec:?}");
        assert!(render(&spec, &mut String::new(), &noop).is_err(), "{spec:?}");
    }
    // Text containing the sentinel cannot be told apart from padding.
    let spec = Spec { align: Some(Align::Left), width: Some(5), ..Spec::default() };
    assert!(render(&spec, &mut String::new(), &|f| Display::fmt("\u{10FFFD}", f)).is_err());
    // Without width there is no padding, so it passes through.
    let spec = Spec { align: Some(Align::Left), ..Spec::default() };
    let mut out = String::new();
    render(&spec, &mut out, &|f| Display::fmt(&'\u{10FFFD}', f)).unwrap();
    assert_eq!(out, "\u{10FFFD}");
    // A failing body is reported.
    assert!(render(&Spec::default(), &mut String::new(), &|_| Err(fmt::Error)).is_err());
}

#[test]
fn nested_render_keeps_the_outer_fill() {
    // The inner render (a learner's write! inside Display) must not disturb the outer fill.
    struct Inner;
    impl Display for Inner {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let mut s = String::new();
            let inner = Spec { fill: '-', align: Some(Align::Right), width: Some(4), ..Spec::default() };
            render(&inner, &mut s, &|g| Display::fmt(&1, g))?;
            let outer = spec_of(f, FmtTrait::Display);
            s.push(outer.fill);
            f.pad(&s)
        }
    }
    let spec = Spec { fill: '*', align: Some(Align::Center), width: Some(11), ..Spec::default() };
    let mut out = String::new();
    render(&spec, &mut out, &|f| Display::fmt(&Inner, f)).unwrap();
    assert_eq!(out, format!("{:*^11}", "---1*"));
}

// ---------------------------------------------------------------- every flag combination

/// The `dispatch` that wrote every flag into its literal (576 of them): the reference
/// for the one that leaves out what changes nothing.
fn dispatch_all_flags(sink: &mut Sink<'_>, body: &Body<'_>, spec: &Spec) -> fmt::Result {
    let width = spec.width;
    let precision = spec.precision;
    macro_rules! leaf {
        ($fa:literal, $sg:literal, $al:literal, $z:literal, $t:literal) => {
            match (width, precision) {
                (None, None) => write!(sink, concat!("{0:", $fa, $sg, $al, $z, $t, "}"), body),
                (Some(w), None) => {
                    write!(sink, concat!("{0:", $fa, $sg, $al, $z, "1$", $t, "}"), body, w)
                }
                (None, Some(p)) => {
                    write!(sink, concat!("{0:", $fa, $sg, $al, $z, ".1$", $t, "}"), body, p)
                }
                (Some(w), Some(p)) => {
                    write!(sink, concat!("{0:", $fa, $sg, $al, $z, "1$.2$", $t, "}"), body, w, p)
                }
            }
        };
    }
    macro_rules! by_trait {
        ($fa:literal, $sg:literal, $al:literal, $z:literal) => {
            match spec.trait_ {
                FmtTrait::DebugLowerHex => leaf!($fa, $sg, $al, $z, "x?"),
                FmtTrait::DebugUpperHex => leaf!($fa, $sg, $al, $z, "X?"),
                // The trait itself is the body's business; only x?/X? set formatter flags.
                _ => leaf!($fa, $sg, $al, $z, ""),
            }
        };
    }
    macro_rules! by_zero {
        ($fa:literal, $sg:literal, $al:literal) => {
            if spec.zero_pad {
                by_trait!($fa, $sg, $al, "0")
            } else {
                by_trait!($fa, $sg, $al, "")
            }
        };
    }
    macro_rules! by_alternate {
        ($fa:literal, $sg:literal) => {
            if spec.alternate {
                by_zero!($fa, $sg, "#")
            } else {
                by_zero!($fa, $sg, "")
            }
        };
    }
    macro_rules! by_sign {
        ($fa:literal) => {
            if spec.sign_plus {
                by_alternate!($fa, "+")
            } else if spec.sign_minus {
                by_alternate!($fa, "-")
            } else {
                by_alternate!($fa, "")
            }
        };
    }
    match spec.align {
        None => by_sign!(""),
        Some(Align::Left) => by_sign!("\u{10FFFD}<"),
        Some(Align::Center) => by_sign!("\u{10FFFD}^"),
        Some(Align::Right) => by_sign!("\u{10FFFD}>"),
    }
}

/// `render` with every flag in the literal, as before `dispatch` left some out.
fn render_all_flags(spec: &Spec, body: &dyn Fn(&mut fmt::Formatter<'_>) -> fmt::Result) -> Option<String> {
    if unsupported_reason(spec).is_some() {
        return None;
    }
    let mut out = String::new();
    let fill = if spec.align.is_some() && spec.width.is_some() { Some(spec.fill) } else { None };
    let mut sink = Sink { out: &mut out, fill, ambiguous: false };
    let result = dispatch_all_flags(&mut sink, &Body(body), spec);
    (result.is_ok() && !sink.ambiguous).then_some(out)
}

/// Every spec the grid covers: each alignment with three fills, each sign, `#`, `0`, widths
/// none, 0, 1 and 9, precisions none, 0 and 2.
fn all_specs(trait_: FmtTrait) -> Vec<Spec> {
    let mut specs = Vec::new();
    let aligns = [None, Some(Align::Left), Some(Align::Center), Some(Align::Right)];
    for align in aligns {
        let fills: &[char] = if align.is_some() { &[' ', '*', 'é'] } else { &[' '] };
        for &fill in fills {
            for (sign_plus, sign_minus) in [(false, false), (true, false), (false, true)] {
                for alternate in [false, true] {
                    for zero_pad in [false, true] {
                        for width in [None, Some(0), Some(1), Some(9)] {
                            for precision in [None, Some(0), Some(2)] {
                                specs.push(Spec {
                                    fill,
                                    align,
                                    sign_plus,
                                    sign_minus,
                                    alternate,
                                    zero_pad,
                                    width,
                                    precision,
                                    trait_,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    specs
}

fn grid(values: &[&dyn Show], traits: &[FmtTrait]) {
    for &t in traits {
        for spec in all_specs(t) {
            for v in values {
                let want = render_all_flags(&spec, &|f| v.show(t, f));
                let mut got = String::new();
                let got = render(&spec, &mut got, &|f| v.show(t, f)).ok().map(|()| got);
                assert_eq!(got, want, "{spec:?}");
            }
        }
    }
}

/// `render` writes what std writes with every flag in the literal, for every combination.
#[test]
fn every_flag_combination_matches_all_flags() {
    use FmtTrait::*;
    let ints: [&dyn Show; 8] = [&0i32, &42u8, &-42i64, &i8::MIN, &u128::MAX, &i128::MIN, &-7isize, &1000usize];
    grid(&ints, &[Display, Debug, DebugLowerHex, DebugUpperHex, LowerHex, UpperHex, Octal, Binary, LowerExp, UpperExp]);
    let floats: [&dyn Show; 10] = [
        &0.0f64,
        &-0.0f64,
        &1.5f64,
        &-1.0e21f64,
        &f64::NAN,
        &f64::NEG_INFINITY,
        &0.1f32,
        &-2.5f32,
        &1e-7f64,
        &123.456f64,
    ];
    grid(&floats, &[Display, Debug, LowerExp, UpperExp]);
    let text: [&dyn Show; 8] = [&"", &"héllo", &"日本🦀", &"q\"\n", &'x', &'é', &'\n', &true];
    grid(&text, &[Display, Debug, DebugLowerHex]);
    let debug: [&dyn Show; 3] = [&Dbg(vec![1, -2]), &Dbg((1.5, "a")), &Dbg(Some(Point { x: 3, y: -0.5 }))];
    grid(&debug, &[Debug, DebugUpperHex]);
}

/// A learner's own `Display` reads every option of the spec, written into the literal or not.
#[test]
fn spec_of_reads_every_flag_combination() {
    struct Probe;
    impl Display for Probe {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{:?}", spec_of(f, FmtTrait::Display))
        }
    }
    for spec in all_specs(FmtTrait::Display) {
        if unsupported_reason(&spec).is_some() {
            continue;
        }
        let mut out = String::new();
        render(&spec, &mut out, &|f| Display::fmt(&Probe, f)).unwrap();
        assert_eq!(out, format!("{spec:?}"));
    }
}

// ---------------------------------------------------------------- parse

fn arg(a: ArgRef, spec: Spec) -> Piece {
    Piece::Arg(Placeholder { arg: a, spec, width_arg: None, precision_arg: None })
}

#[test]
fn parse_positional_named_inline_and_escapes() {
    use ArgRef::*;
    let d = Spec::default;
    assert_eq!(parse("").unwrap(), vec![]);
    assert_eq!(parse("plain").unwrap(), vec![Piece::Literal("plain".into())]);
    assert_eq!(
        parse("{{a}} {} {} {0} {name} {}").unwrap(),
        vec![
            Piece::Literal("{a} ".into()),
            arg(Index(0), d()),
            Piece::Literal(" ".into()),
            arg(Index(1), d()),
            Piece::Literal(" ".into()),
            arg(Index(0), d()),
            Piece::Literal(" ".into()),
            arg(Name("name".into()), d()),
            Piece::Literal(" ".into()),
            arg(Index(2), d()),
        ]
    );
    assert_eq!(parse("{{}}").unwrap(), vec![Piece::Literal("{}".into())]);
    assert_eq!(
        parse("{0 }{x :?}").unwrap(),
        vec![arg(Index(0), d()), arg(Name("x".into()), Spec { trait_: FmtTrait::Debug, ..d() })]
    );
    assert_eq!(parse("{ünï}").unwrap(), vec![arg(Name("ünï".into()), d())]);
}

#[test]
fn parse_specs() {
    use ArgRef::*;
    let p = one_placeholder("{:*^+#010.3x}");
    assert_eq!(
        p.spec,
        Spec {
            fill: '*',
            align: Some(Align::Center),
            sign_plus: true,
            alternate: true,
            zero_pad: true,
            width: Some(10),
            precision: Some(3),
            trait_: FmtTrait::LowerHex,
            ..Spec::default()
        }
    );
    let p = one_placeholder("{v:>width$}");
    assert_eq!((p.arg, p.width_arg, p.spec.align), (Name("v".into()), Some(Name("width".into())), Some(Align::Right)));
    let p = one_placeholder("{:1$}");
    assert_eq!((p.arg, p.width_arg, p.spec.zero_pad), (Index(0), Some(Index(1)), false));
    // `0$` is a width argument, not the zero flag; `01$` is both.
    let p = one_placeholder("{:0$}");
    assert_eq!((p.width_arg, p.spec.zero_pad), (Some(Index(0)), false));
    let p = one_placeholder("{:01$}");
    assert_eq!((p.width_arg, p.spec.zero_pad), (Some(Index(1)), true));
    let p = one_placeholder("{:.2$}");
    assert_eq!(p.precision_arg, Some(Index(2)));
    let p = one_placeholder("{:<<5}");
    assert_eq!((p.spec.fill, p.spec.align), ('<', Some(Align::Left)));
    assert_eq!(one_placeholder("{:.}").spec.precision, None);
    assert_eq!(one_placeholder("{:.x}").spec, Spec { trait_: FmtTrait::LowerHex, ..Spec::default() });
    assert_eq!(one_placeholder("{:1.}").spec.width, Some(1));
    assert_eq!(one_placeholder("{_x}").arg, Name("_x".into()));
    assert_eq!(one_placeholder("{:_>5}").spec.fill, '_');
    for (lit, t) in [
        ("{:?}", FmtTrait::Debug),
        ("{:x?}", FmtTrait::DebugLowerHex),
        ("{:X?}", FmtTrait::DebugUpperHex),
        ("{:x}", FmtTrait::LowerHex),
        ("{:X}", FmtTrait::UpperHex),
        ("{:o}", FmtTrait::Octal),
        ("{:b}", FmtTrait::Binary),
        ("{:e}", FmtTrait::LowerExp),
        ("{:E}", FmtTrait::UpperExp),
        ("{:}", FmtTrait::Display),
        ("{:#?}", FmtTrait::Debug),
    ] {
        assert_eq!(one_placeholder(lit).spec.trait_, t, "{lit}");
    }
}

#[test]
fn parse_star_precision_takes_the_next_implicit_argument_first() {
    use ArgRef::*;
    // As std documents: `{:.*}` uses two arguments, precision first.
    let pieces = parse("{} {:.*} {}").unwrap();
    let args: Vec<_> = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Arg(a) => Some((a.arg.clone(), a.precision_arg.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(args, vec![(Index(0), None), (Index(2), Some(Index(1))), (Index(3), None)]);
    assert_eq!(format!("{} {:.*} {}", "a", 2, 1.23456, "b"), "a 1.23 b");
    let pieces = parse("{} {2:.*}").unwrap();
    let Piece::Arg(p) = &pieces[2] else { panic!() };
    assert_eq!((p.arg.clone(), p.precision_arg.clone()), (Index(2), Some(Index(1))));
    assert_eq!(format!("{} {2:.*}", "x", 5, 0.01), "x 0.01000");
}

#[test]
fn parse_errors_read_like_rustc() {
    // Messages checked against rustc 1.95.
    for (lit, msg) in [
        ("{", "invalid format string: expected `}` but string was terminated"),
        ("abc {:>5", "invalid format string: expected `}` but string was terminated"),
        ("}", "invalid format string: unmatched `}` found"),
        ("a } b", "invalid format string: unmatched `}` found"),
        ("{:q}", "unknown format trait `q`"),
        ("{0$}", "invalid format string: expected `}`, found `$`"),
        ("{:1$$}", "invalid format string: expected `}`, found `$`"),
        ("{:#?x}", "invalid format string: expected `}`, found `x`"),
        ("{ 0}", "invalid format string: expected `}`, found `0`"),
        ("{:+-}", "invalid format string: expected `}`, found `-`"),
        ("{a b}", "invalid format string: expected `}`, found `b`"),
        ("{:>.*$}", "invalid format string: expected `}`, found `$`"),
        ("{:>99999}", "invalid format string: integer `99999` does not fit into the type `u16` whose range is `0..=65535`"),
        ("{70000}", "invalid format string: integer `70000` does not fit into the type `u16` whose range is `0..=65535`"),
        ("{:.70000$}", "invalid format string: integer `70000` does not fit into the type `u16` whose range is `0..=65535`"),
        ("{99999999999999999999999}", "invalid format string: integer `99999999999999999999999` does not fit into the type `u16` whose range is `0..=65535`"),
        ("{_}", "invalid format string: invalid argument name `_`"),
        ("{:_$}", "invalid format string: invalid argument name `_`"),
        ("{0a}", "invalid format string: expected `}`, found `a`"),
        ("{:?x}", "invalid format string: expected `}`, found `x`"),
        ("{:ab?}", "invalid format string: expected `}`, found `?`"),
        ("{:é}", "unknown format trait `é`"),
        ("{:>}}", "invalid format string: unmatched `}` found"),
    ] {
        assert_eq!(parse(lit), Err(msg.to_string()), "{lit}");
    }
    assert!(parse("{:p}").is_err());
}
