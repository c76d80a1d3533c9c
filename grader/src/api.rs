//! What the grader knows about std and tokio APIs: **the one place to add a
//! std/tokio API fact** (is it async, does it block the thread, what does it
//! return, does it run its closure in place, ...).
//!
//! [`TABLE`] has one row per function, module, method or type, written with the
//! small builders below (`func("tokio::time::sleep").async_().needs_runtime()`);
//! the lookup functions at the end are how everything else reads it.
//!
//! Readers:
//! - the syntax lints (`lint/`): [`async_fn`], [`async_method`], [`blocking_fn`],
//!   [`blocking_method`], [`needs_runtime`], [`runs_closure_in_place`],
//!   [`takes_self`], [`cancel_safe`], [`channel`];
//! - the lowering (`lower/`): [`returns_owned`], [`returns_new_collection`],
//!   [`method_returns`], [`path_returns`], [`is_std_type`].
//!
//! Keys: a function is its full path as `use` resolution gives it
//! (`tokio::time::sleep`); a [`Kind::Module`] row covers every function under
//! its path; a method is its name, with the receiver's type when the name alone
//! does not tell (`recv` on `std::sync::mpsc::Receiver` blocks, on tokio's
//! `Receiver` it is async). A row without a receiver type answers lookups by
//! name alone: std's adapters (`map`, `unwrap`, ...) and names only one tokio
//! type has (`blocking_lock`).
//!
//! **Invariant:** the table is plain data: no syn, no IR types. Each reader
//! turns a row into its own terms (a lint's message, the lowering's `Ty`).

/// What a row names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A function or associated function, by full path.
    Fn,
    /// Every function under this path (`std::fs`).
    Module,
    /// A method, by name; `on` is the receiver's type when the name alone does not tell.
    Method { on: Option<&'static str> },
    /// A std type the grader models, by full path (or a primitive's name).
    Type,
}

/// What a std method or constructor gives back, in the lowering's light terms
/// (the lowering turns it into a `Ty`; its receiver-dependent refinements stay there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returns {
    /// `usize` (`len`, `count`).
    Usize,
    /// `bool` (`is_empty`, `contains`).
    Bool,
    /// A `String`, when the receiver is text, a number, a `Vec` or unknown (`to_string`, `join`).
    String,
    /// A `&str` under the same condition (`trim`).
    Str,
    /// A slice of the receiver (`as_slice`).
    Slice,
    /// The receiver's own type (`clone`, `abs`, `min`, `entry`).
    Receiver,
    /// The `T` of an `Option<T>`/`Result<T, _>` receiver, else what the context expects (`unwrap`).
    Unwrapped,
    /// An `Option` of one element or value (`pop`, `get`, `checked_add`).
    OptionOfElement,
    /// The receiver's elements, one after another (`iter`, `filter`, `to_vec`).
    Elements,
    /// Whatever the context expects (`collect`, `sum`, `parse`, `into`).
    Target,
    /// A new value of the type the path names (`String::new`, `Vec::with_capacity`).
    SelfType,
    /// A smart pointer around the argument, which the lowering's types see through (`Box::new`).
    Wrapper,
}

/// A channel constructor: the types of the pair it returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Channel {
    pub sender: &'static str,
    pub receiver: &'static str,
    /// Carries many messages (mpsc): a receive loop ends only once every sender is dropped.
    pub many: bool,
}

/// One row of [`TABLE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Api {
    pub name: &'static str,
    pub kind: Kind,
    /// Calling it gives a future (so it needs `.await`).
    pub is_async: bool,
    /// It blocks the thread; what to use in async code instead, as a help text shows it.
    pub blocks: Option<&'static str>,
    /// It panics unless called inside a tokio runtime.
    pub needs_runtime: bool,
    /// It calls its closure argument right away, on the caller's thread (`map`, `for_each`).
    pub runs_closure_in_place: bool,
    /// It takes `self` by value.
    pub takes_self: bool,
    /// It hands out a value that the caller owns (moved out of the receiver, or new), not a reference.
    pub returns_owned: bool,
    /// It surely gives a new collection, never a reference into one.
    pub returns_new_collection: bool,
    /// What it gives back, for the lowering's types.
    pub returns: Option<Returns>,
    /// tokio documents it as cancellation safe (false: progress is lost when the future is dropped).
    pub cancel_safe: bool,
    /// A channel constructor.
    pub channel: Option<Channel>,
}

const fn row(name: &'static str, kind: Kind) -> Api {
    Api {
        name,
        kind,
        is_async: false,
        blocks: None,
        needs_runtime: false,
        runs_closure_in_place: false,
        takes_self: false,
        returns_owned: false,
        returns_new_collection: false,
        returns: None,
        cancel_safe: true,
        channel: None,
    }
}

const fn func(path: &'static str) -> Api {
    row(path, Kind::Fn)
}

const fn module(path: &'static str) -> Api {
    row(path, Kind::Module)
}

/// A method looked up by name alone.
const fn method(name: &'static str) -> Api {
    row(name, Kind::Method { on: None })
}

/// A method of one type.
const fn method_of(ty: &'static str, name: &'static str) -> Api {
    row(name, Kind::Method { on: Some(ty) })
}

const fn ty(path: &'static str) -> Api {
    row(path, Kind::Type)
}

impl Api {
    const fn async_(self) -> Api {
        Api { is_async: true, ..self }
    }
    const fn blocks(self, instead: &'static str) -> Api {
        Api { blocks: Some(instead), ..self }
    }
    const fn needs_runtime(self) -> Api {
        Api { needs_runtime: true, ..self }
    }
    const fn in_place(self) -> Api {
        Api { runs_closure_in_place: true, ..self }
    }
    const fn by_value(self) -> Api {
        Api { takes_self: true, ..self }
    }
    const fn owned(self) -> Api {
        Api { returns_owned: true, ..self }
    }
    const fn new_collection(self) -> Api {
        Api { returns_new_collection: true, ..self }
    }
    const fn returns(self, r: Returns) -> Api {
        Api { returns: Some(r), ..self }
    }
    const fn not_cancel_safe(self) -> Api {
        Api { cancel_safe: false, ..self }
    }
    const fn channel(self, sender: &'static str, receiver: &'static str, many: bool) -> Api {
        Api { channel: Some(Channel { sender, receiver, many }), ..self }
    }
}

const MPSC_SENDER: &str = "tokio::sync::mpsc::Sender";
const MPSC_RECEIVER: &str = "tokio::sync::mpsc::Receiver";
const UNBOUNDED_SENDER: &str = "tokio::sync::mpsc::UnboundedSender";
const UNBOUNDED_RECEIVER: &str = "tokio::sync::mpsc::UnboundedReceiver";
const TOKIO_MUTEX: &str = "tokio::sync::Mutex";
const STD_RECEIVER: &str = "std::sync::mpsc::Receiver";
const STD_TCP_LISTENER: &str = "std::net::TcpListener";
const STD_TCP_STREAM: &str = "std::net::TcpStream";
const WATCH_RECEIVER: &str = "tokio::sync::watch::Receiver";

use Returns as R;

/// Every std/tokio API fact the grader uses (see the module docs).
pub const TABLE: &[Api] = &[
    // tokio: time, tasks, the runtime.
    func("tokio::time::sleep").async_().needs_runtime(),
    func("tokio::time::sleep_until").async_().needs_runtime(),
    func("tokio::time::timeout").async_().needs_runtime(),
    func("tokio::time::interval").needs_runtime(),
    func("tokio::task::yield_now").async_(),
    func("tokio::spawn").needs_runtime(),
    func("tokio::task::spawn").needs_runtime(),
    func("tokio::task::spawn_blocking").needs_runtime(),
    func("tokio::runtime::Handle::current").needs_runtime(),
    // tokio: I/O and signals (refused by the lowering, known to the lints).
    func("tokio::signal::ctrl_c").async_(),
    func("tokio::fs::read").async_(),
    func("tokio::fs::read_to_string").async_(),
    func("tokio::fs::write").async_(),
    func("tokio::net::TcpStream::connect").async_(),
    func("tokio::net::TcpListener::bind").async_(),
    func("tokio::io::copy").async_(),
    func("tokio::io::copy_bidirectional").async_(),
    func("tokio::io::copy_bidirectional_with_sizes").async_(),
    // tokio: channels and locks.
    func("tokio::sync::mpsc::channel").channel(MPSC_SENDER, MPSC_RECEIVER, true),
    func("tokio::sync::mpsc::unbounded_channel").channel(UNBOUNDED_SENDER, UNBOUNDED_RECEIVER, true),
    func("tokio::sync::oneshot::channel").channel(
        "tokio::sync::oneshot::Sender",
        "tokio::sync::oneshot::Receiver",
        false,
    ),
    func("tokio::sync::watch::channel").channel("tokio::sync::watch::Sender", WATCH_RECEIVER, false),
    method_of(MPSC_SENDER, "send").async_(),
    method_of(MPSC_SENDER, "reserve").async_(),
    method_of(MPSC_SENDER, "closed").async_(),
    method_of(MPSC_SENDER, "send_timeout").async_(),
    method_of(MPSC_RECEIVER, "recv").async_(),
    method_of(MPSC_RECEIVER, "recv_many").async_(),
    method_of(UNBOUNDED_RECEIVER, "recv").async_(),
    method_of(UNBOUNDED_RECEIVER, "recv_many").async_(),
    method_of(WATCH_RECEIVER, "changed").async_(),
    method_of(WATCH_RECEIVER, "wait_for").async_(),
    method_of(TOKIO_MUTEX, "lock").async_(),
    method_of(TOKIO_MUTEX, "lock_owned").async_(),
    // tokio's blocking twins of async methods (`Mutex`, `RwLock`, mpsc/oneshot channels).
    method("blocking_lock").blocks("`.lock().await`"),
    method("blocking_lock_owned").blocks("`.lock().await`"),
    method("blocking_recv").blocks("`.recv().await`"),
    // (The help text of this one has always read oddly; kept as the lint shows it.)
    method("blocking_recv_many").blocks("`.the async method with `.await``"),
    method("blocking_send").blocks("`.send(value).await`"),
    method("blocking_read").blocks("`.read().await`"),
    method("blocking_write").blocks("`.write().await`"),
    // tokio's `AsyncReadExt`/`AsyncWriteExt`/`AsyncBufReadExt` methods documented as not cancellation safe.
    method("read_exact").not_cancel_safe(),
    method("read_to_end").not_cancel_safe(),
    method("read_to_string").not_cancel_safe(),
    method("write_all").not_cancel_safe(),
    method("write_all_buf").not_cancel_safe(),
    method("read_line").not_cancel_safe(),
    method("read_until").not_cancel_safe(),
    // std: what blocks the thread.
    func("std::thread::sleep").blocks("`tokio::time::sleep(..).await`"),
    module("std::fs").blocks("`tokio::fs`"),
    func("std::net::TcpStream::connect").blocks("`tokio::net::TcpStream::connect(..).await`"),
    func("std::net::TcpListener::bind").blocks("`tokio::net::TcpListener::bind(..).await`"),
    func("std::net::UdpSocket::bind").blocks("`tokio::net::UdpSocket::bind(..).await`"),
    method_of(STD_TCP_LISTENER, "accept").blocks("`tokio::net::TcpListener` and `listener.accept().await`"),
    method_of(STD_TCP_LISTENER, "incoming").blocks("`tokio::net::TcpListener` and `listener.accept().await` in a loop"),
    method_of(STD_TCP_STREAM, "read").blocks("`tokio::net::TcpStream` and `AsyncReadExt::read(..).await`"),
    method_of(STD_TCP_STREAM, "read_exact").blocks("`tokio::net::TcpStream` and `AsyncReadExt::read_exact(..).await`"),
    method_of(STD_TCP_STREAM, "read_to_end")
        .blocks("`tokio::net::TcpStream` and `AsyncReadExt::read_to_end(..).await`"),
    method_of(STD_TCP_STREAM, "read_to_string")
        .blocks("`tokio::net::TcpStream` and `AsyncReadExt::read_to_string(..).await`"),
    method_of(STD_TCP_STREAM, "write").blocks("`tokio::net::TcpStream` and `AsyncWriteExt::write(..).await`"),
    method_of(STD_TCP_STREAM, "write_all").blocks("`tokio::net::TcpStream` and `AsyncWriteExt::write_all(..).await`"),
    method_of(STD_TCP_STREAM, "flush").blocks("`tokio::net::TcpStream` and `AsyncWriteExt::flush().await`"),
    func("std::io::stdin").blocks("`tokio::io::stdin() with AsyncBufReadExt`"),
    func("std::io::Read::read_to_string").blocks("`tokio::io::AsyncReadExt`"),
    method_of(STD_RECEIVER, "recv").blocks("`tokio::sync::mpsc` and `rx.recv().await`"),
    method_of(STD_RECEIVER, "recv_timeout").blocks("`tokio::sync::mpsc` and `rx.recv().await`"),
    func("std::sync::mpsc::channel").channel("std::sync::mpsc::Sender", STD_RECEIVER, true),
    func("std::sync::mpsc::sync_channel").channel("std::sync::mpsc::SyncSender", STD_RECEIVER, true),
    // std: constructors.
    func("std::string::String::new").returns(R::SelfType),
    func("std::string::String::from").returns(R::SelfType),
    func("std::string::String::with_capacity").returns(R::SelfType),
    func("std::string::String::from_utf8_lossy").returns(R::SelfType),
    func("std::vec::Vec::new").returns(R::SelfType),
    func("std::vec::Vec::with_capacity").returns(R::SelfType),
    func("std::collections::HashMap::new").returns(R::SelfType),
    func("std::collections::BTreeMap::new").returns(R::SelfType),
    func("std::collections::VecDeque::new").returns(R::SelfType),
    func("std::collections::VecDeque::with_capacity").returns(R::SelfType),
    func("std::collections::HashSet::new").returns(R::SelfType),
    func("std::collections::BTreeSet::new").returns(R::SelfType),
    func("std::boxed::Box::new").returns(R::Wrapper),
    func("std::rc::Rc::new").returns(R::Wrapper),
    func("std::sync::Arc::new").returns(R::Wrapper),
    // std: methods (iterator / `Option` / `Result` adapters, collections, numbers, text).
    method("len").returns(R::Usize),
    method("count").returns(R::Usize),
    method("capacity").returns(R::Usize),
    method("is_empty").returns(R::Bool),
    method("contains").returns(R::Bool),
    method("starts_with").returns(R::Bool),
    method("ends_with").returns(R::Bool),
    method("is_some").returns(R::Bool),
    method("is_none").returns(R::Bool),
    method("is_ok").returns(R::Bool),
    method("is_err").returns(R::Bool),
    method("contains_key").returns(R::Bool),
    method("any").in_place().returns(R::Bool),
    method("all").in_place().returns(R::Bool),
    method("to_string").returns(R::String),
    method("to_uppercase").returns(R::String),
    method("to_lowercase").returns(R::String),
    method("to_owned").new_collection().returns(R::String),
    method("trim").returns(R::Str),
    method("repeat").returns(R::String),
    method("replace").owned().returns(R::String),
    method("join").by_value().returns(R::String),
    method("concat").returns(R::String),
    method("entry").in_place().returns(R::Receiver),
    method("as_slice").returns(R::Slice),
    method("as_mut_slice").returns(R::Slice),
    method("clone").owned().new_collection().returns(R::Receiver),
    method("abs").returns(R::Receiver),
    method("pow").returns(R::Receiver),
    method("wrapping_add").returns(R::Receiver),
    method("wrapping_sub").returns(R::Receiver),
    method("wrapping_mul").returns(R::Receiver),
    method("saturating_add").returns(R::Receiver),
    method("saturating_sub").returns(R::Receiver),
    method("saturating_mul").returns(R::Receiver),
    method("min").returns(R::Receiver),
    method("max").returns(R::Receiver),
    method("clamp").returns(R::Receiver),
    method("rem_euclid").returns(R::Receiver),
    method("signum").returns(R::Receiver),
    method("isqrt").returns(R::Receiver),
    method("sqrt").returns(R::Receiver),
    method("powi").returns(R::Receiver),
    method("powf").returns(R::Receiver),
    method("floor").returns(R::Receiver),
    method("ceil").returns(R::Receiver),
    method("round").returns(R::Receiver),
    method("sin").returns(R::Receiver),
    method("cos").returns(R::Receiver),
    method("tan").returns(R::Receiver),
    method("ln").returns(R::Receiver),
    method("log10").returns(R::Receiver),
    method("exp").returns(R::Receiver),
    method("unwrap").by_value().owned().returns(R::Unwrapped),
    method("expect").by_value().owned().returns(R::Unwrapped),
    method("unwrap_or").by_value().returns(R::Unwrapped),
    method("unwrap_or_default").by_value().returns(R::Unwrapped),
    method("unwrap_or_else").in_place().returns(R::Unwrapped),
    method("pop").owned().returns(R::OptionOfElement),
    method("first").returns(R::OptionOfElement),
    method("last").returns(R::OptionOfElement),
    method("get").returns(R::OptionOfElement),
    method("checked_add").returns(R::OptionOfElement),
    method("checked_sub").returns(R::OptionOfElement),
    method("checked_mul").returns(R::OptionOfElement),
    method("checked_div").returns(R::OptionOfElement),
    method("iter").returns(R::Elements),
    method("into_iter").by_value().returns(R::Elements),
    method("iter_mut").returns(R::Elements),
    method("to_vec").new_collection().returns(R::Elements),
    method("rev").returns(R::Elements),
    method("skip").returns(R::Elements),
    method("take").owned().returns(R::Elements),
    method("filter").in_place().returns(R::Elements),
    method("cloned").returns(R::Elements),
    method("copied").returns(R::Elements),
    method("sum").in_place().returns(R::Target),
    method("product").returns(R::Target),
    method("parse").returns(R::Target),
    method("collect").new_collection().returns(R::Target),
    method("into").by_value().returns(R::Target),
    method("split_off").new_collection(),
    method("ok").by_value(),
    method("err").by_value(),
    method("into_inner").by_value().owned(),
    method("pop_front").owned(),
    method("pop_back").owned(),
    method("remove").owned(),
    method("swap_remove").owned(),
    method("upgrade").owned(),
    method("recv").owned(),
    method("try_recv").owned(),
    method("try_unwrap").owned(),
    method("map").in_place(),
    method("for_each").in_place(),
    method("filter_map").in_place(),
    method("flat_map").in_place(),
    method("fold").in_place(),
    method("find").in_place(),
    method("find_map").in_place(),
    method("position").in_place(),
    method("map_while").in_place(),
    method("take_while").in_place(),
    method("skip_while").in_place(),
    method("inspect").in_place(),
    method("scan").in_place(),
    method("try_for_each").in_place(),
    method("try_fold").in_place(),
    method("and_then").in_place(),
    method("or_else").in_place(),
    method("map_or").in_place(),
    method("map_or_else").in_place(),
    method("map_err").in_place(),
    method("then").in_place(),
    method("with").in_place(),
    method("retain").in_place(),
    method("sort_by").in_place(),
    method("sort_by_key").in_place(),
    method("max_by_key").in_place(),
    method("min_by_key").in_place(),
    method("get_or_insert_with").in_place(),
    method("or_insert_with").in_place(),
    // std: the types the grader models (besides the integer types).
    ty("std::string::String"),
    ty("std::vec::Vec"),
    ty("std::collections::HashMap"),
    ty("std::collections::HashSet"),
    ty("std::collections::BTreeMap"),
    ty("std::collections::BTreeSet"),
    ty("std::collections::VecDeque"),
    ty("std::boxed::Box"),
    ty("std::rc::Rc"),
    ty("std::sync::Arc"),
    ty("std::cell::RefCell"),
    ty("std::cell::Cell"),
    ty("std::sync::Mutex"),
    ty("std::sync::RwLock"),
    ty("std::option::Option"),
    ty("std::result::Result"),
    ty("std::time::Duration"),
    ty("std::time::Instant"),
    ty("f64"),
    ty("f32"),
    ty("char"),
    ty("bool"),
    ty("str"),
];

fn rows() -> impl Iterator<Item = &'static Api> {
    TABLE.iter()
}

fn func_row(path: &str) -> Option<&'static Api> {
    rows().find(|a| a.kind == Kind::Fn && a.name == path)
}

/// The row of a method looked up by name alone (no receiver type).
fn method_row(name: &str) -> Option<&'static Api> {
    rows().find(|a| a.kind == Kind::Method { on: None } && a.name == name)
}

fn method_row_of(ty: &str, name: &str) -> Option<&'static Api> {
    rows().find(|a| matches!(a.kind, Kind::Method { on: Some(t) } if t == ty) && a.name == name)
}

/// Is the function at this full path async (`tokio::time::sleep`)?
pub fn async_fn(path: &str) -> bool {
    func_row(path).is_some_and(|a| a.is_async)
}

/// Is this method of this type async (`recv` of `tokio::sync::mpsc::Receiver`)?
pub fn async_method(ty: &str, name: &str) -> bool {
    method_row_of(ty, name).is_some_and(|a| a.is_async)
}

/// If the function at this full path blocks the thread: what to use instead.
/// A [`Kind::Module`] row covers every function under its path.
pub fn blocking_fn(path: &str) -> Option<&'static str> {
    rows()
        .find(|a| match a.kind {
            Kind::Fn => a.name == path,
            Kind::Module => path.strip_prefix(a.name).is_some_and(|rest| rest.starts_with("::")),
            _ => false,
        })
        .and_then(|a| a.blocks)
}

/// If this method blocks the thread: what to use instead. `on` is the receiver's
/// type when known; `None` asks about the methods whose name alone tells (`blocking_lock`).
pub fn blocking_method(on: Option<&str>, name: &str) -> Option<&'static str> {
    match on {
        Some(ty) => method_row_of(ty, name),
        None => method_row(name),
    }
    .and_then(|a| a.blocks)
}

/// Does calling the function at this full path need a running tokio runtime?
pub fn needs_runtime(path: &str) -> bool {
    func_row(path).is_some_and(|a| a.needs_runtime)
}

/// Does this method call its closure argument right away, on the caller's thread?
pub fn runs_closure_in_place(name: &str) -> bool {
    method_row(name).is_some_and(|a| a.runs_closure_in_place)
}

/// Does this method take `self` by value?
pub fn takes_self(name: &str) -> bool {
    method_row(name).is_some_and(|a| a.takes_self)
}

/// Is this method cancellation safe (true unless tokio documents otherwise)?
pub fn cancel_safe(name: &str) -> bool {
    method_row(name).is_none_or(|a| a.cancel_safe)
}

/// The channel the function at this full path creates.
pub fn channel(path: &str) -> Option<Channel> {
    func_row(path).and_then(|a| a.channel)
}

/// Does this method hand out a value the caller owns (`take`, `pop`, `unwrap`, `clone`, `recv`)?
pub fn returns_owned(name: &str) -> bool {
    method_row(name).is_some_and(|a| a.returns_owned)
}

/// Does this method surely give a new collection (`collect`, `clone`, `to_vec`)?
pub fn returns_new_collection(name: &str) -> bool {
    method_row(name).is_some_and(|a| a.returns_new_collection)
}

/// What this std method gives back.
pub fn method_returns(name: &str) -> Option<Returns> {
    method_row(name).and_then(|a| a.returns)
}

/// What the std function at this path gives back. `short` is the path as the
/// lowering normalizes it: the type's name and the function's (`Vec::new`).
pub fn path_returns(short: &str) -> Option<Returns> {
    rows()
        .filter(|a| a.kind == Kind::Fn && a.returns.is_some())
        .find(|a| last_two(a.name) == short)
        .and_then(|a| a.returns)
}

/// Is this (last-segment) name a std type the grader models (`Vec`, `Duration`, `f64`)?
/// The integer types are the IR's own (`IntTy::from_name`).
pub fn is_std_type(name: &str) -> bool {
    rows().any(|a| a.kind == Kind::Type && a.name.rsplit("::").next() == Some(name))
}

/// `Vec::new` of `std::vec::Vec::new`.
fn last_two(path: &str) -> &str {
    let mut seps = path.rmatch_indices("::").map(|(i, _)| i);
    let _ = seps.next();
    match seps.next() {
        Some(i) => &path[i + 2..],
        None => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fact is stated once: no two rows share a key.
    #[test]
    fn one_row_per_key() {
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                assert!(!(a.name == b.name && a.kind == b.kind), "two rows for `{}` ({:?})", a.name, a.kind);
            }
        }
    }

    #[test]
    fn lookups() {
        assert!(async_fn("tokio::time::sleep"));
        assert!(!async_fn("std::thread::sleep"));
        assert!(async_method(MPSC_RECEIVER, "recv"));
        assert_eq!(blocking_method(Some(STD_RECEIVER), "recv"), Some("`tokio::sync::mpsc` and `rx.recv().await`"));
        assert_eq!(blocking_method(None, "recv"), None);
        assert_eq!(blocking_fn("std::fs::read"), Some("`tokio::fs`"));
        assert_eq!(blocking_fn("std::fsx::read"), None);
        assert_eq!(path_returns("Vec::new"), Some(Returns::SelfType));
        assert_eq!(path_returns("vec::Vec::new"), None);
        assert!(is_std_type("Duration") && !is_std_type("Sleep"));
        assert!(!cancel_safe("read_exact") && cancel_safe("recv"));
    }
}
