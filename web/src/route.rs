//! Hash routes: `#/`, `#/lesson/ID`, `#/exercise/ID`, `#/mistake/CODE` (a catalog mistake's page).
//!
//! Hash routes keep every deep link on `index.html`, so the site works on any
//! static host and under any sub-path, and a reload never asks the server for a
//! path it does not have.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Map,
    Lesson(String),
    Exercise(String),
    /// The documentation page of a diagnostic code (`thread_sleep_in_async`).
    Mistake(String),
    NotFound(String),
}

impl Route {
    /// Parse `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("").trim_end_matches('/');
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("", None) => Route::Map,
            ("lesson", Some(id)) if valid_id(id) => Route::Lesson(id.to_string()),
            ("exercise", Some(id)) if valid_id(id) => Route::Exercise(id.to_string()),
            ("mistake", Some(code)) if valid_id(code) => Route::Mistake(code.to_string()),
            _ => Route::NotFound(hash.to_string()),
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Map | Route::NotFound(_) => "#/".to_string(),
            Route::Lesson(id) => format!("#/lesson/{id}"),
            Route::Exercise(id) => format!("#/exercise/{id}"),
            Route::Mistake(code) => format!("#/mistake/{code}"),
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_href_round_trip() {
        for route in [
            Route::Map,
            Route::Lesson("01-futures".into()),
            Route::Exercise("join_1".into()),
            Route::Mistake("missing_await".into()),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn parse_is_forgiving_about_slashes_and_strict_about_ids() {
        assert_eq!(Route::parse(""), Route::Map);
        assert_eq!(Route::parse("#"), Route::Map);
        assert_eq!(Route::parse("#/lesson/a-b/"), Route::Lesson("a-b".into()));
        assert_eq!(Route::parse("#lesson/a"), Route::Lesson("a".into()));
        assert_eq!(Route::parse("#/lesson/"), Route::NotFound("#/lesson/".into()));
        assert_eq!(Route::parse("#/lesson/a/b"), Route::NotFound("#/lesson/a/b".into()));
        assert_eq!(Route::parse("#/lesson/<x>"), Route::NotFound("#/lesson/<x>".into()));
        assert_eq!(Route::parse("#/nope"), Route::NotFound("#/nope".into()));
        assert_eq!(Route::parse("#/mistake/thread_sleep_in_async"), Route::Mistake("thread_sleep_in_async".into()));
    }
}
