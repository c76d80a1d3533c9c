//! Unicode case conversion for the learner's `char::to_uppercase`/`to_lowercase` and
//! `str::to_uppercase`/`to_lowercase`, with exactly std's results, from compact tables.
//!
//! Why not std's: its tables (`core::unicode::unicode_data::conversions`, one `(char, u32)`
//! per changed character, 3016 entries) were 24 KB raw, about 10 KB gzipped, of the site's
//! worker. Here a mapping is a run of characters that move by the same distance, every
//! character (stride 1, `A`..`Z`) or every other one (stride 2, `Ā ā Ă ă`), so 386 runs
//! of 8 bytes cover the same characters; the few characters that become two or three
//! (`ß` to `SS`) are listed whole, as std lists them.
//! `str::to_lowercase` also maps `Σ` to `ς` at the end of a word (Unicode's `Final_Sigma`,
//! the one contextual rule std applies); that needs std's `Case_Ignorable` and `Cased`
//! properties, which are private to std, so `CLASSES` holds their ranges.
//!
//! `tables.rs` is generated from std's own results by `tests.rs` (`UPDATE_CASE_TABLES=1
//! cargo test -p grader case::`), which also compares these functions with std's for every
//! `char`, so a new Rust (a new Unicode version) shows up as a failing test.

#[rustfmt::skip]
mod tables;
#[cfg(test)]
mod tests;

use tables::{CLASSES, LOWER, LOWER_MULTI, UPPER, UPPER_MULTI};

/// A run of mappings: `start` (21 bits), then the number of characters (10 bits), then the
/// stride minus one (1 bit), and the distance each character moves.
type Run = (u32, i32);

/// A character that maps to several, padded with `'\0'` as in std.
type Multi = (char, [char; 3]);

/// `char::to_lowercase`: the characters it yields, then `'\0'`s (std's `[char; 3]`).
pub fn char_to_lower(c: char) -> [char; 3] {
    map(c, &LOWER, &LOWER_MULTI)
}

/// `char::to_uppercase`: the characters it yields, then `'\0'`s.
pub fn char_to_upper(c: char) -> [char; 3] {
    map(c, &UPPER, &UPPER_MULTI)
}

/// `str::to_uppercase`.
pub fn str_to_upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push(&mut out, char_to_upper(c));
    }
    out
}

/// `str::to_lowercase`, with its final sigma rule.
pub fn str_to_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            // As std: `ς` when a cased letter comes before (past case-ignorable ones) and none after.
            let word_final = cased_next(s[..i].chars().rev()) && !cased_next(s[i + 'Σ'.len_utf8()..].chars());
            out.push(if word_final { 'ς' } else { 'σ' });
        } else {
            push(&mut out, char_to_lower(c));
        }
    }
    out
}

fn push(out: &mut String, m: [char; 3]) {
    out.extend(chars(m));
}

/// The characters of a mapping, as std's `ToLowercase`/`ToUppercase` yield them: the first
/// always (`'\0'` maps to itself), then the others up to the padding.
pub fn chars(m: [char; 3]) -> impl Iterator<Item = char> {
    let n = if m[1] == '\0' {
        1
    } else if m[2] == '\0' {
        2
    } else {
        3
    };
    m.into_iter().take(n)
}

fn map(c: char, runs: &[Run], multi: &[Multi]) -> [char; 3] {
    if let Ok(i) = multi.binary_search_by(|m| m.0.cmp(&c)) {
        return multi[i].1;
    }
    let u = c as u32;
    let i = runs.partition_point(|r| r.0 >> 11 <= u);
    if let Some(&(packed, delta)) = i.checked_sub(1).and_then(|i| runs.get(i)) {
        let (start, len, stride) = (packed >> 11, (packed >> 1) & 0x3ff, (packed & 1) + 1);
        let off = u - start;
        if off.is_multiple_of(stride) && off / stride < len {
            if let Some(m) = char::from_u32(u.wrapping_add_signed(delta)) {
                return [m, '\0', '\0'];
            }
        }
    }
    [c, '\0', '\0']
}

/// Whether the first character that is not `Case_Ignorable` is `Cased` (std's
/// `case_ignorable_then_cased`).
fn cased_next(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find_map(|c| match class(c) {
        IGNORABLE => None,
        k => Some(k == CASED),
    }) == Some(true)
}

const IGNORABLE: u32 = 1;
const CASED: u32 = 2;

/// `IGNORABLE` (std's `is_case_ignorable`), `CASED` (`is_cased` and not ignorable: std never
/// asks whether an ignorable character is cased) or 0. A range of `CLASSES` packs its start
/// (21 bits), its length (9 bits) and its class (2 bits).
fn class(c: char) -> u32 {
    let u = c as u32;
    let i = CLASSES.partition_point(|&r| r >> 11 <= u);
    match i.checked_sub(1).map(|i| CLASSES[i]) {
        Some(r) if u - (r >> 11) < ((r >> 2) & 0x1ff) => r & 3,
        _ => 0,
    }
}
