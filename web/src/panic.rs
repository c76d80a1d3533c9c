//! Where a learner's program panicked, read from its stderr
//! (`thread 'main' panicked at src/main.rs:9:5:` then the message), so the
//! results can link to the line and the editor can mark it.

/// The file name the grader gives the learner's program (its default `Options::file_name`).
pub const FILE: &str = "src/main.rs";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanicSite {
    pub line: u32,
    pub column: u32,
    /// The panic message (the lines after the location, up to the `note:`).
    pub message: String,
}

/// The first panic in `stderr` whose location is in `file`.
pub fn find(stderr: &str, file: &str) -> Option<PanicSite> {
    let mut lines = stderr.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = line.split_once(" panicked at ").map(|(_, rest)| rest) else { continue };
        let Some(location) = rest.strip_prefix(file).and_then(|r| r.strip_prefix(':')) else { continue };
        let mut numbers = location.trim_end_matches(':').splitn(2, ':').map(|n| n.parse::<u32>());
        let (Some(Ok(line)), Some(Ok(column))) = (numbers.next(), numbers.next()) else { continue };
        let message: Vec<&str> = lines.by_ref().take_while(|l| !l.starts_with("note: ")).collect();
        return Some(PanicSite { line, column, message: message.join("\n").trim().to_string() });
    }
    None
}

/// Split `text` into plain pieces and `file:L:C` locations.
pub fn split_locations<'a>(text: &'a str, file: &str) -> Vec<(&'a str, Option<(u32, u32)>)> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(file) {
        let after = &rest[at + file.len()..];
        let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
        let parsed = after.strip_prefix(':').and_then(|a| {
            let n_line = digits(a);
            let b = a[n_line..].strip_prefix(':')?;
            let n_col = digits(b);
            let (line, column) = (a[..n_line].parse().ok()?, b[..n_col].parse().ok()?);
            Some((line, column, file.len() + 2 + n_line + n_col))
        });
        match parsed {
            Some((line, column, len)) => {
                pieces.push((&rest[..at], None));
                pieces.push((&rest[at..at + len], Some((line, column))));
                rest = &rest[at + len..];
            }
            None => {
                pieces.push((&rest[..at + file.len()], None));
                rest = after;
            }
        }
    }
    pieces.push((rest, None));
    pieces.retain(|(text, _)| !text.is_empty());
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_is_the_graders_default() {
        assert_eq!(FILE, grader::Options::default().file_name);
    }

    const STDERR: &str = "\nthread 'main' panicked at src/main.rs:9:5:\nindex out of bounds: the len is 0 but the index is 3\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

    #[test]
    fn finds_the_site_and_message() {
        let site = find(STDERR, "src/main.rs").unwrap();
        assert_eq!(
            site,
            PanicSite { line: 9, column: 5, message: "index out of bounds: the len is 0 but the index is 3".into() }
        );
        assert_eq!(
            find("thread 'tokio-runtime-worker' panicked at src/main.rs:3:9:\nboom\n", "src/main.rs").unwrap().line,
            3
        );
        assert_eq!(find(STDERR, "src/lib.rs"), None);
        assert_eq!(find("panicked at src/main.rs:x:5:\n", "src/main.rs"), None);
        assert_eq!(find("", "src/main.rs"), None);
    }

    #[test]
    fn splits_locations_out_of_text() {
        let pieces = split_locations("at src/main.rs:9:5: and src/main.rs:oops", "src/main.rs");
        assert_eq!(
            pieces,
            vec![("at ", None), ("src/main.rs:9:5", Some((9, 5))), (": and src/main.rs", None), (":oops", None)]
        );
        let joined: String = pieces.iter().map(|p| p.0).collect();
        assert_eq!(joined, "at src/main.rs:9:5: and src/main.rs:oops");
    }
}
