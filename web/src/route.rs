//! Hash routes: `#/`, `#/lesson/ID`, `#/exercise/ID`, `#/mistake/CODE` (a catalog mistake's page),
//! `#/lesson/ID/notes` (a lesson with its instructor notes beside it), `#/mistakes` (the index of mistakes), `#/glossary` and `#/glossary/TERM`, `#/play` (the
//! playground) and `#/play/CODE` (a share link: the code deflated and base64url-encoded), and
//! `#/exercise/ID/code/CODE` (a shared attempt at an exercise).
//!
//! Hash routes keep every deep link on `index.html`, so the site works on any
//! static host and under any sub-path, and a reload never asks the server for a
//! path it does not have.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Map,
    Lesson(String),
    /// A lesson with its instructor notes beside it (`#/lesson/ID/notes`), for workshops.
    LessonNotes(String),
    Exercise(String),
    /// A shared attempt at an exercise (`#/exercise/ID/code/CODE`, the code as in `Play`).
    SharedAttempt(String, String),
    /// The documentation page of a diagnostic code (`thread_sleep_in_async`).
    Mistake(String),
    /// Every mistake, one line each, with the lesson that teaches it.
    Mistakes,
    /// The glossary, scrolled to an entry's anchor if given.
    Glossary(Option<String>),
    /// The playground, with shared code (deflate + base64url) if given.
    Play(Option<String>),
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
            ("lesson", Some(rest)) if rest.strip_suffix("/notes").is_some_and(valid_id) => {
                Route::LessonNotes(rest.trim_end_matches("/notes").to_string())
            }
            ("exercise", Some(id)) if valid_id(id) => Route::Exercise(id.to_string()),
            ("exercise", Some(rest)) => match rest.split_once("/code/") {
                Some((id, code)) if valid_id(id) && valid_id(code) => Route::SharedAttempt(id.into(), code.into()),
                _ => Route::NotFound(hash.to_string()),
            },
            ("mistake", Some(code)) if valid_id(code) => Route::Mistake(code.to_string()),
            ("mistakes", None) => Route::Mistakes,
            ("glossary", None) => Route::Glossary(None),
            ("glossary", Some(term)) if valid_id(term) => Route::Glossary(Some(term.to_string())),
            ("play", None) => Route::Play(None),
            ("play", Some(code)) if valid_id(code) => Route::Play(Some(code.to_string())),
            _ => Route::NotFound(hash.to_string()),
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Map | Route::NotFound(_) => "#/".to_string(),
            Route::Lesson(id) => format!("#/lesson/{id}"),
            Route::LessonNotes(id) => format!("#/lesson/{id}/notes"),
            Route::Exercise(id) => format!("#/exercise/{id}"),
            Route::SharedAttempt(id, code) => format!("#/exercise/{id}/code/{code}"),
            Route::Mistake(code) => format!("#/mistake/{code}"),
            Route::Mistakes => "#/mistakes".to_string(),
            Route::Glossary(None) => "#/glossary".to_string(),
            Route::Glossary(Some(term)) => format!("#/glossary/{term}"),
            Route::Play(None) => "#/play".to_string(),
            Route::Play(Some(code)) => format!("#/play/{code}"),
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
            Route::Mistakes,
            Route::LessonNotes("03-tasks".into()),
            Route::SharedAttempt("spawn-move".into(), "y0jNyclXKM8vyklRBAA".into()),
            Route::Glossary(None),
            Route::Glossary(Some("cancellation-safety".into())),
            Route::Play(None),
            Route::Play(Some("y0jNyclXKM8vyklRBAA".into())),
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
