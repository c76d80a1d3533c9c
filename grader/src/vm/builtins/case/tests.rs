//! The case functions against std's for every `char`, and the generator of `tables.rs`.

use super::*;

/// std's mapping of one character, padded as `char_to_lower` pads it.
fn std_map(c: char, upper: bool) -> [char; 3] {
    let mut out = ['\0'; 3];
    let chars: Vec<char> = if upper { c.to_uppercase().collect() } else { c.to_lowercase().collect() };
    out[..chars.len()].copy_from_slice(&chars);
    out
}

/// std's class of a character for the final sigma rule, read off `str::to_lowercase` itself:
/// `cΣ` ends in `ς` exactly when `c` is cased and not case-ignorable, `AcΣ` when `c` is
/// case-ignorable or cased.
fn std_class(c: char) -> u32 {
    let final_sigma = |s: String| s.to_lowercase().ends_with('ς');
    if final_sigma(format!("{c}Σ")) {
        CASED
    } else if final_sigma(format!("A{c}Σ")) {
        IGNORABLE
    } else {
        0
    }
}

fn all_chars() -> impl Iterator<Item = char> {
    (0..=0x10FFFF).filter_map(char::from_u32)
}

#[test]
fn every_char_maps_as_in_std() {
    for c in all_chars() {
        assert_eq!(char_to_lower(c), std_map(c, false), "{c:?}.to_lowercase()");
        assert_eq!(char_to_upper(c), std_map(c, true), "{c:?}.to_uppercase()");
        assert_eq!(class(c), std_class(c), "class of {c:?}");
        assert!(chars(char_to_lower(c)).eq(c.to_lowercase()), "{c:?}.to_lowercase() yields");
        assert!(chars(char_to_upper(c)).eq(c.to_uppercase()), "{c:?}.to_uppercase() yields");
    }
}

#[test]
fn strings_map_as_in_std() {
    let mut texts: Vec<String> = [
        "Hello, World!",
        "ΣΑΣ ΣΑΣ. Σ ΑΣ' ΣΑ",
        "ὈΔΥΣΣΕΎΣ",
        "Σ",
        "ΣΣ",
        "A\u{301}Σ\u{301}",
        "A\u{301}Σ\u{301}B",
        "AΣ\u{301}",
        "ʰΣ",
        "AʰΣ",
        "AΣʰ",
        "AΣʰb",
        "straße ﬁ İstanbul ŉ ǅ ᾈ",
        "",
        "日本語 ΣΣ",
    ]
    .map(String::from)
    .to_vec();
    texts.extend(all_chars().step_by(7).map(|c| format!("{c}ΣxΣ{c}Σ {c}")));
    for s in &texts {
        assert_eq!(str_to_lower(s), s.to_lowercase(), "{s:?}.to_lowercase()");
        assert_eq!(str_to_upper(s), s.to_uppercase(), "{s:?}.to_uppercase()");
    }
}

/// Rewrites `tables.rs` from std's results when `UPDATE_CASE_TABLES` is set; fails when it
/// is out of date (a new Rust with a new Unicode version).
#[test]
fn tables_are_current() {
    let text = generate();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/vm/builtins/case/tables.rs");
    if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
        if std::env::var_os("UPDATE_CASE_TABLES").is_some() {
            std::fs::write(path, text).unwrap();
        } else {
            panic!("{path} is out of date: run `UPDATE_CASE_TABLES=1 cargo test -p grader case::`");
        }
    }
}

fn generate() -> String {
    let (v1, v2, v3) = char::UNICODE_VERSION;
    let mut out = format!(
        "//! Generated from std's own case mappings (Unicode {v1}.{v2}.{v3}) by `tests.rs`; do not edit:\n\
         //! `UPDATE_CASE_TABLES=1 cargo test -p grader case::` rewrites it.\n\n\
         use super::{{Multi, Run}};\n"
    );
    for (name, upper) in [("LOWER", false), ("UPPER", true)] {
        let (runs, multi) = runs(upper);
        let runs: Vec<String> = runs.iter().map(|(p, d)| format!("({p:#x}, {d})")).collect();
        let multi: Vec<String> = multi.iter().map(|(c, m)| format!("({c:?}, {m:?})")).collect();
        out += &table(name, "Run", &runs, 6);
        out += &table(&format!("{name}_MULTI"), "Multi", &multi, 3);
    }
    let classes: Vec<String> = classes().iter().map(|r| format!("{r:#x}")).collect();
    out += &table("CLASSES", "u32", &classes, 10);
    out
}

fn table(name: &str, ty: &str, items: &[String], per_line: usize) -> String {
    let mut out = format!("\npub static {name}: [{ty}; {}] = [\n", items.len());
    for line in items.chunks(per_line) {
        out += &format!("    {},\n", line.join(", "));
    }
    out + "];\n"
}

/// The packed runs of single-character mappings, and the characters that map to several.
fn runs(upper: bool) -> (Vec<Run>, Vec<Multi>) {
    // (start, count, stride, delta); a multi mapping ends a run.
    let mut runs: Vec<(u32, u32, u32, i32)> = Vec::new();
    let mut multi = Vec::new();
    let mut open = false;
    for c in all_chars() {
        let m = std_map(c, upper);
        if m[1] != '\0' {
            multi.push((c, m));
            open = false;
            continue;
        }
        if m[0] == c {
            continue;
        }
        let (u, delta) = (c as u32, m[0] as i32 - c as i32);
        if let Some(r) = runs.last_mut().filter(|r| open && r.3 == delta && r.1 < 0x3ff) {
            let last = r.0 + (r.1 - 1) * r.2;
            if (r.1 == 1 && u - last <= 2) || u - last == r.2 {
                r.2 = u - last;
                r.1 += 1;
                continue;
            }
        }
        runs.push((u, 1, 1, delta));
        open = true;
    }
    let runs = runs.iter().map(|&(start, n, stride, delta)| (start << 11 | n << 1 | (stride - 1), delta)).collect();
    (runs, multi)
}

/// Ranges of characters of one class (`IGNORABLE` or `CASED`), packed as `class` reads them.
fn classes() -> Vec<u32> {
    let mut ranges: Vec<(u32, u32, u32)> = Vec::new();
    for c in all_chars() {
        let (u, k) = (c as u32, std_class(c));
        if k == 0 {
            continue;
        }
        match ranges.last_mut() {
            Some(r) if r.0 + r.1 == u && r.2 == k && r.1 < 0x1ff => r.1 += 1,
            _ => ranges.push((u, 1, k)),
        }
    }
    ranges.iter().map(|&(start, n, k)| start << 11 | n << 2 | k).collect()
}
