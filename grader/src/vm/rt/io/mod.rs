//! `tokio::io`: in-memory streams (`duplex`, `empty`, `sink`), `split`, `BufReader`/`BufWriter`,
//! `copy` and `copy_bidirectional` (`copy.rs`), and the `AsyncReadExt`/`AsyncWriteExt`/`AsyncBufReadExt` futures over them.
//!
//! Each I/O object answers four polls, as tokio's traits do (`poll_read` of at most `max` bytes,
//! `poll_write`, `poll_flush`, `poll_shutdown`, and `poll_fill_buf` for buffered readers); the
//! extension futures ([`Op`]) are loops over them written as tokio 1.54 writes them (`read_exact`,
//! `write_all`, `read_line`, `copy`'s buffer), so a wait happens exactly where tokio's does.
//! A duplex pipe (`pipe.rs`) is tokio's `Pipe`: a byte buffer of a fixed size, one read and one
//! write waker, and one `is_closed` flag set by `shutdown` and by dropping either end.
//!
//! Errors are `std::io::Error` values as std prints them (`Value::StdError` with their Display
//! and Debug); `e.kind()` is answered by [`error_method`].

mod pipe;
pub mod tcp;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::ir::IntTy;
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::{Fut, Leaf, Object, Poll, RtObj};
use crate::vm::value::{Shared, Value};
use crate::vm::{Vm, VmResult};
use pipe::Duplex;

/// tokio's default capacity of `BufReader`, `BufWriter` and `copy`'s buffer.
pub const DEFAULT_BUF_SIZE: usize = 8 * 1024;

/// An I/O error: its `Display` and `Debug` texts, as std writes them.
#[derive(Debug, Clone)]
pub struct IoErr(String, String);

impl IoErr {
    /// `io::Error::from(ErrorKind::K)` (`Kind(K)`).
    fn kind(kind: &str) -> IoErr {
        IoErr(kind_text(kind).to_string(), format!("Kind({kind})"))
    }
    /// `io::Error::new(ErrorKind::K, msg)`.
    fn custom(kind: &str, msg: &str) -> IoErr {
        IoErr(msg.to_string(), format!("Custom {{ kind: {kind}, error: {msg:?} }}"))
    }
    fn value(self) -> Value {
        Value::StdError(Rc::new((self.0, self.1)))
    }
}

/// `ErrorKind`'s `Display` (std's `ErrorKind::as_str`).
fn kind_text(kind: &str) -> &'static str {
    match kind {
        "BrokenPipe" => "broken pipe",
        "UnexpectedEof" => "unexpected end of file",
        "WriteZero" => "write zero",
        "InvalidData" => "invalid data",
        "ConnectionRefused" => "connection refused",
        "ConnectionReset" => "connection reset",
        "NotConnected" => "not connected",
        "AddrInUse" => "address in use",
        "InvalidInput" => "invalid input parameter",
        _ => "other error",
    }
}

/// The `ErrorKind` named in an `io::Error`'s `Debug` (`Kind(BrokenPipe)`, `Custom { kind: .. }`, `Os { .., kind: .. }`).
fn kind_of(debug: &str) -> Option<&str> {
    if let Some(k) = debug.strip_prefix("Kind(") {
        return k.strip_suffix(')');
    }
    if debug.starts_with("Custom {") || debug.starts_with("Os {") {
        let rest = &debug[debug.find("kind: ")? + 6..];
        return Some(&rest[..rest.find([',', ' '])?]);
    }
    None
}

/// Methods of `std::io::Error` values (`e.kind()`); `None` for other std errors.
pub fn error_method(_vm: &mut Vm, method: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let Value::StdError(e) = args.first().map(|v| v.deref()).unwrap_or_default() else { return Ok(None) };
    let Some(kind) = kind_of(&e.1) else { return Ok(None) };
    Ok(match method {
        // `ErrorKind` prints its variant with `{:?}` and its description with `{}`.
        "kind" => Some(Value::StdError(Rc::new((kind_text(kind).to_string(), kind.to_string())))),
        "raw_os_error" => {
            let code = e.1.strip_prefix("Os { code: ").and_then(|r| r.split(',').next()).and_then(|c| c.parse().ok());
            Some(Value::option(code.map(|c: i128| Value::Int(c, IntTy::I32))))
        }
        _ => None,
    })
}

type IoResult<T> = Result<T, IoErr>;

/// A runtime handle value.
fn handle(obj: impl Object + 'static) -> Value {
    Value::Rt(Rc::new(RtObj::Dyn(Box::new(obj))))
}

/// A leaf future value.
fn leaf(l: impl Leaf + 'static) -> Value {
    crate::vm::rt::future::future(Fut::Leaf(Box::new(l)))
}

/// A built-in path of this family (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    if let Some(v) = codec::path(vm, full, args)? {
        return Ok(Some(v));
    }
    let Some(short) = full.strip_prefix("tokio::io::") else { return Ok(None) };
    // `AsyncWriteExt::write_all(&mut w, buf)`: the method on the first argument.
    if let Some(m) =
        ["AsyncReadExt::", "AsyncWriteExt::", "AsyncBufReadExt::"].iter().find_map(|p| short.strip_prefix(p))
    {
        if io_of(args.first().unwrap_or(&Value::Unit)).is_some() {
            if let Some(v) = ext_method(vm, m, "", args)? {
                return Ok(Some(v));
            }
        }
        return vm.unsupported(format!("`{full}` on this value"));
    }
    let a = |i: usize| args.get(i).cloned().unwrap_or_default();
    Ok(Some(match short {
        "duplex" => {
            let n = crate::vm::builtins::usize_arg(vm, args, 0)?;
            if n == 0 {
                // tokio asserts `max_buf_size > 0` only in debug builds of itself; a zero buffer never moves a byte.
                return vm.unsupported("`tokio::io::duplex(0)` (a buffer of no bytes: every write waits forever)");
            }
            let (a, b) = Duplex::pair(vm, n);
            Value::tuple(vec![handle(a), handle(b)])
        }
        "split" => {
            let stream = a(0);
            let halves = duplex_of(&stream).and_then(|o| match &*o {
                RtObj::Dyn(d) => d.as_any().and_then(|x| x.downcast_ref::<pipe::End>()).map(|e| e.split()),
                _ => None,
            });
            let Some((r, w)) = halves else {
                return vm.unsupported("`tokio::io::split` of this value (only of a `DuplexStream`)");
            };
            drop(stream);
            Value::tuple(vec![handle(r), handle(w)])
        }
        "empty" => handle(Simple::Empty),
        "sink" => handle(Simple::Sink),
        "BufReader::new" | "BufReader::with_capacity" => {
            let (cap, inner) = if short == "BufReader::new" {
                (DEFAULT_BUF_SIZE, a(0))
            } else {
                (crate::vm::builtins::usize_arg(vm, args, 0)?, a(1))
            };
            handle(BufReader { inner, buf: RefCell::new(VecDeque::new()), cap })
        }
        "BufWriter::new" | "BufWriter::with_capacity" => {
            let (cap, inner) = if short == "BufWriter::new" {
                (DEFAULT_BUF_SIZE, a(0))
            } else {
                (crate::vm::builtins::usize_arg(vm, args, 0)?, a(1))
            };
            handle(BufWriter { inner, buf: RefCell::new(Vec::new()), cap })
        }
        "copy" => leaf(IoLeaf::new(a(0), Op::Copy(Box::new(CopyState::new(a(1)))))),
        "copy_bidirectional" => leaf(copy::Bidirectional::new(a(0), a(1), DEFAULT_BUF_SIZE, DEFAULT_BUF_SIZE)),
        "copy_bidirectional_with_sizes" => {
            let (x, y) = (crate::vm::builtins::usize_arg(vm, args, 2)?, crate::vm::builtins::usize_arg(vm, args, 3)?);
            if x == 0 || y == 0 {
                // tokio asserts both sizes are positive; its panic would point into its own source.
                return vm.unsupported("`copy_bidirectional_with_sizes` with a buffer of 0 bytes (tokio panics)");
            }
            leaf(copy::Bidirectional::new(a(0), a(1), x, y))
        }
        _ => return vm.unsupported(format!("`{full}`")),
    }))
}

/// The I/O object a value is (through `&mut`), if any.
fn io_of(v: &Value) -> Option<Rc<RtObj>> {
    match v.deref() {
        Value::Rt(o) => match &*o {
            RtObj::Dyn(d) if d.as_any().is_some_and(is_io) => Some(o.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn is_io(a: &dyn std::any::Any) -> bool {
    a.is::<pipe::End>()
        || tcp::is_tcp(a)
        || a.is::<BufReader>()
        || a.is::<BufWriter>()
        || a.is::<Simple>()
        || a.is::<Lines>()
}

fn duplex_of(v: &Value) -> Option<Rc<RtObj>> {
    io_of(v).filter(|o| matches!(&**o, RtObj::Dyn(d) if d.as_any().and_then(|a| a.downcast_ref::<pipe::End>()).is_some_and(|e| e.is_whole())))
}

/// What every I/O object can do: tokio's `AsyncRead`, `AsyncBufRead` and `AsyncWrite` polls.
trait Io {
    /// Read at most `max` bytes; an empty vector is the end of the stream (or `max == 0`).
    fn poll_read(&self, vm: &mut Vm, max: usize) -> VmResult<Poll<IoResult<Vec<u8>>>>;
    /// The buffered bytes, filling the buffer when it is empty (`AsyncBufRead`); `None` if not buffered.
    fn poll_fill_buf(&self, _vm: &mut Vm) -> VmResult<Option<Poll<IoResult<Vec<u8>>>>> {
        Ok(None)
    }
    fn consume(&self, _n: usize) {}
    fn poll_write(&self, vm: &mut Vm, data: &[u8]) -> VmResult<Poll<IoResult<usize>>>;
    fn poll_flush(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>>;
    fn poll_shutdown(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>>;
}

/// The `Io` of an I/O object.
fn as_io(o: &RtObj) -> Option<&dyn Io> {
    let RtObj::Dyn(d) = o else { return None };
    let a = d.as_any()?;
    if let Some(e) = a.downcast_ref::<pipe::End>() {
        return Some(e);
    }
    if let Some(t) = a.downcast_ref::<tcp::TcpHandle>() {
        return Some(t);
    }
    if let Some(r) = a.downcast_ref::<BufReader>() {
        return Some(r);
    }
    if let Some(w) = a.downcast_ref::<BufWriter>() {
        return Some(w);
    }
    if let Some(s) = a.downcast_ref::<Simple>() {
        return Some(s);
    }
    None
}

/// Poll `f` on the I/O object `v`; an unsupported diagnostic when `v` is not one.
fn with_io<T>(vm: &mut Vm, v: &Value, f: impl FnOnce(&dyn Io, &mut Vm) -> VmResult<T>) -> VmResult<T> {
    let Some(o) = io_of(v) else { return vm.unsupported("I/O on this value (not a tokio I/O object)") };
    match as_io(&o) {
        Some(io) => f(io, vm),
        None => vm.unsupported("I/O on this value"),
    }
}

fn read_of(vm: &mut Vm, v: &Value, max: usize) -> VmResult<Poll<IoResult<Vec<u8>>>> {
    with_io(vm, v, |io, vm| io.poll_read(vm, max))
}

fn write_of(vm: &mut Vm, v: &Value, data: &[u8]) -> VmResult<Poll<IoResult<usize>>> {
    with_io(vm, v, |io, vm| io.poll_write(vm, data))
}

fn flush_of(vm: &mut Vm, v: &Value) -> VmResult<Poll<IoResult<()>>> {
    with_io(vm, v, |io, vm| io.poll_flush(vm))
}

fn shutdown_of(vm: &mut Vm, v: &Value) -> VmResult<Poll<IoResult<()>>> {
    with_io(vm, v, |io, vm| io.poll_shutdown(vm))
}

/// `poll_fill_buf` of a buffered reader (`read_line` and `lines` need one).
fn fill_buf_of(vm: &mut Vm, v: &Value) -> VmResult<Poll<IoResult<Vec<u8>>>> {
    let r = with_io(vm, v, |io, vm| io.poll_fill_buf(vm))?;
    match r {
        Some(p) => Ok(p),
        None => vm.unsupported("`read_line`/`lines` on a reader that is not buffered (wrap it in a `BufReader`)"),
    }
}

fn consume_of(v: &Value, n: usize) {
    if let Some(o) = io_of(v) {
        if let Some(io) = as_io(&o) {
            io.consume(n);
        }
    }
}

/// `?`-like early return for a `Poll<IoResult<T>>` inside a poll function.
macro_rules! ready {
    ($e:expr) => {
        match $e {
            Poll::Ready(Ok(v)) => v,
            Poll::Ready(Err(e)) => return Ok(Poll::Ready(Err(e))),
            Poll::Pending => return Ok(Poll::Pending),
        }
    };
}

pub mod bytes;
mod codec;
mod copy;

use copy::CopyState;

pub use codec::{is_framed_stream, poll_next as framed_poll_next};

// ---------------------------------------------------------------- empty, sink

/// `tokio::io::empty()` (always at its end) and `tokio::io::sink()` (takes every byte).
/// Both spend tokio's cooperative budget, as tokio's do.
enum Simple {
    Empty,
    Sink,
}

fn coop(vm: &mut Vm, what: &str) -> bool {
    if vm.rt.poll_proceed() {
        vm.rt.made_progress();
        return true;
    }
    vm.suspend_on(format!("{what} (budget)"));
    false
}

impl Io for Simple {
    fn poll_read(&self, vm: &mut Vm, _max: usize) -> VmResult<Poll<IoResult<Vec<u8>>>> {
        if !coop(vm, "a read") {
            return Ok(Poll::Pending);
        }
        Ok(Poll::Ready(Ok(Vec::new())))
    }
    fn poll_fill_buf(&self, vm: &mut Vm) -> VmResult<Option<Poll<IoResult<Vec<u8>>>>> {
        if !coop(vm, "a read") {
            return Ok(Some(Poll::Pending));
        }
        Ok(Some(Poll::Ready(Ok(Vec::new()))))
    }
    fn poll_write(&self, vm: &mut Vm, data: &[u8]) -> VmResult<Poll<IoResult<usize>>> {
        if !coop(vm, "a write") {
            return Ok(Poll::Pending);
        }
        Ok(Poll::Ready(Ok(data.len())))
    }
    fn poll_flush(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        if !coop(vm, "a flush") {
            return Ok(Poll::Pending);
        }
        Ok(Poll::Ready(Ok(())))
    }
    fn poll_shutdown(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        if !coop(vm, "a shutdown") {
            return Ok(Poll::Pending);
        }
        Ok(Poll::Ready(Ok(())))
    }
}

impl Object for Simple {
    fn type_name(&self) -> &'static str {
        match self {
            Simple::Empty => "Empty",
            Simple::Sink => "Sink",
        }
    }
    fn debug(&self) -> String {
        format!("{} {{ .. }}", self.type_name())
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        ext_method(vm, method, hint, args)
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

// ---------------------------------------------------------------- BufReader, BufWriter

/// `tokio::io::BufReader`: reads `cap` bytes at a time from its inner reader; a read at least as
/// large as the buffer, with the buffer empty, goes straight to the inner reader (tokio's bypass).
struct BufReader {
    inner: Value,
    buf: RefCell<VecDeque<u8>>,
    cap: usize,
}

impl Io for BufReader {
    fn poll_read(&self, vm: &mut Vm, max: usize) -> VmResult<Poll<IoResult<Vec<u8>>>> {
        if self.buf.borrow().is_empty() && max >= self.cap {
            return read_of(vm, &self.inner, max);
        }
        let avail = ready!(self.poll_fill_buf(vm)?.unwrap_or(Poll::Pending));
        let n = avail.len().min(max);
        self.consume(n);
        Ok(Poll::Ready(Ok(avail[..n].to_vec())))
    }
    fn poll_fill_buf(&self, vm: &mut Vm) -> VmResult<Option<Poll<IoResult<Vec<u8>>>>> {
        if self.buf.borrow().is_empty() {
            let data = match read_of(vm, &self.inner, self.cap)? {
                Poll::Ready(Ok(d)) => d,
                Poll::Ready(Err(e)) => return Ok(Some(Poll::Ready(Err(e)))),
                Poll::Pending => return Ok(Some(Poll::Pending)),
            };
            self.buf.borrow_mut().extend(data);
        }
        Ok(Some(Poll::Ready(Ok(self.buf.borrow().iter().copied().collect()))))
    }
    fn consume(&self, n: usize) {
        let mut b = self.buf.borrow_mut();
        let n = n.min(b.len());
        b.drain(..n);
    }
    fn poll_write(&self, vm: &mut Vm, data: &[u8]) -> VmResult<Poll<IoResult<usize>>> {
        write_of(vm, &self.inner, data)
    }
    fn poll_flush(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        flush_of(vm, &self.inner)
    }
    fn poll_shutdown(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        shutdown_of(vm, &self.inner)
    }
}

impl Object for BufReader {
    fn type_name(&self) -> &'static str {
        "BufReader"
    }
    fn owns_resource(&self) -> bool {
        crate::vm::rt::owns_resource(&self.inner)
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "lines" => handle(Lines {
                reader: args.first().map(|v| v.deref()).unwrap_or_default(),
                acc: RefCell::new(Vec::new()),
            }),
            "get_ref" | "get_mut" | "into_inner" => self.inner.clone(),
            "buffer" => Value::vec(self.buf.borrow().iter().map(|b| Value::Int(*b as i128, IntTy::U8)).collect()),
            "capacity" => Value::usize(self.cap),
            _ => return ext_method(vm, method, hint, args),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// `tokio::io::BufWriter`: keeps writes until `cap` bytes would be exceeded, or `flush`/`shutdown`;
/// a write at least as large as the buffer goes straight to the inner writer. Dropping it loses
/// what it still holds, as in tokio.
struct BufWriter {
    inner: Value,
    buf: RefCell<Vec<u8>>,
    cap: usize,
}

impl BufWriter {
    /// tokio's `flush_buf`: write out the buffer (progress is kept across polls).
    fn flush_buf(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        loop {
            let data = self.buf.borrow().clone();
            if data.is_empty() {
                return Ok(Poll::Ready(Ok(())));
            }
            let n = ready!(write_of(vm, &self.inner, &data)?);
            if n == 0 {
                return Ok(Poll::Ready(Err(IoErr::custom("WriteZero", "failed to write the buffered data"))));
            }
            self.buf.borrow_mut().drain(..n);
        }
    }
}

impl Io for BufWriter {
    fn poll_read(&self, vm: &mut Vm, max: usize) -> VmResult<Poll<IoResult<Vec<u8>>>> {
        read_of(vm, &self.inner, max)
    }
    fn poll_fill_buf(&self, vm: &mut Vm) -> VmResult<Option<Poll<IoResult<Vec<u8>>>>> {
        with_io(vm, &self.inner.clone(), |io, vm| io.poll_fill_buf(vm))
    }
    fn consume(&self, n: usize) {
        consume_of(&self.inner, n)
    }
    fn poll_write(&self, vm: &mut Vm, data: &[u8]) -> VmResult<Poll<IoResult<usize>>> {
        if self.buf.borrow().len() + data.len() > self.cap {
            ready!(self.flush_buf(vm)?);
        }
        if data.len() >= self.cap {
            return write_of(vm, &self.inner, data);
        }
        self.buf.borrow_mut().extend_from_slice(data);
        Ok(Poll::Ready(Ok(data.len())))
    }
    fn poll_flush(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        ready!(self.flush_buf(vm)?);
        flush_of(vm, &self.inner)
    }
    fn poll_shutdown(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        ready!(self.flush_buf(vm)?);
        shutdown_of(vm, &self.inner)
    }
}

impl Object for BufWriter {
    fn type_name(&self) -> &'static str {
        "BufWriter"
    }
    fn owns_resource(&self) -> bool {
        crate::vm::rt::owns_resource(&self.inner)
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "get_ref" | "get_mut" | "into_inner" => self.inner.clone(),
            "buffer" => Value::vec(self.buf.borrow().iter().map(|b| Value::Int(*b as i128, IntTy::U8)).collect()),
            "capacity" => Value::usize(self.cap),
            _ => return ext_method(vm, method, hint, args),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// `reader.lines()`: `next_line().await` gives each line without its `\n` (or `\r\n`).
struct Lines {
    reader: Value,
    /// The bytes of a line read so far (kept when `next_line` is cancelled, as tokio's `Lines` keeps them).
    acc: RefCell<Vec<u8>>,
}

impl Object for Lines {
    fn type_name(&self) -> &'static str {
        "Lines"
    }
    fn owns_resource(&self) -> bool {
        crate::vm::rt::owns_resource(&self.reader)
    }
    fn method(&self, _vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "next_line" => {
                let me = args.first().map(|v| v.deref()).unwrap_or_default();
                leaf(IoLeaf::new(me, Op::NextLine))
            }
            "get_ref" | "get_mut" | "into_inner" => self.reader.clone(),
            _ => return Ok(None),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

// ---------------------------------------------------------------- the extension methods

/// A byte buffer argument (`&mut [u8]`, `&mut Vec<u8>`, `&mut buf[..n]`): its elements.
fn buffer_of(v: &Value) -> Option<Shared<Vec<Value>>> {
    match v.deref_ref() {
        Value::Vec(items) => Some(items),
        _ => None,
    }
}

fn byte_of(v: &Value) -> u8 {
    v.deref().as_int().unwrap_or(0) as u8
}

/// The bytes of a `&[u8]`/`&str`/`Vec<u8>`/`String` argument.
fn bytes_arg(vm: &Vm, v: &Value) -> VmResult<Vec<u8>> {
    if let Some(b) = bytes::bytes_of(v) {
        return Ok(b);
    }
    if let Some(s) = v.to_str() {
        return Ok(s.into_bytes());
    }
    match buffer_of(v) {
        Some(items) => Ok(items.borrow().iter().map(byte_of).collect()),
        None => vm.unsupported("writing this value (not bytes)"),
    }
}

/// Write `bytes` into the buffer's elements from `at` (through `&mut v[..]` views).
fn store(items: &Shared<Vec<Value>>, at: usize, bytes: &[u8]) {
    for (i, b) in bytes.iter().enumerate() {
        let slot = items.borrow().get(at + i).cloned();
        match slot {
            Some(Value::Ref(p)) => {
                p.set(Value::Int(*b as i128, IntTy::U8));
            }
            Some(_) => items.borrow_mut()[at + i] = Value::Int(*b as i128, IntTy::U8),
            None => {}
        }
    }
}

/// The width and type of `read_u32`, `write_i64`, ...: `(bytes, type, little endian)`.
fn int_op(name: &str) -> Option<(usize, IntTy, bool)> {
    let (name, le) = match name.strip_suffix("_le") {
        Some(n) => (n, true),
        None => (name, false),
    };
    let ty = match name {
        "u8" => IntTy::U8,
        "i8" => IntTy::I8,
        "u16" => IntTy::U16,
        "i16" => IntTy::I16,
        "u32" => IntTy::U32,
        "i32" => IntTy::I32,
        "u64" => IntTy::U64,
        "i64" => IntTy::I64,
        "u128" => IntTy::U128,
        "i128" => IntTy::I128,
        _ => return None,
    };
    Some((ty.bits() as usize / 8, ty, le))
}

/// `AsyncReadExt`, `AsyncWriteExt` and `AsyncBufReadExt` methods on any I/O object (`args[0]`).
fn ext_method(vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let me = args.first().map(|v| v.deref()).unwrap_or_default();
    let a1 = || args.get(1).cloned().unwrap_or_default();
    let op = match method {
        "read" => Op::Read(a1()),
        "read_exact" => Op::ReadExact(a1(), 0),
        "read_to_end" => Op::ReadToEnd(a1(), None, 0),
        "read_to_string" => Op::ReadToString(a1(), Vec::new()),
        "read_line" => Op::ReadLine(a1(), Vec::new()),
        "write" => Op::Write(bytes_arg(vm, &a1())?),
        "write_all" => Op::WriteAll(bytes_arg(vm, &a1())?),
        "flush" => Op::Flush,
        "shutdown" => Op::Shutdown,
        _ => {
            if let Some((n, ty, le)) = method.strip_prefix("read_").and_then(int_op) {
                Op::ReadInt(n, ty, le, Vec::new())
            } else if let Some((n, _, le)) = method.strip_prefix("write_").and_then(int_op) {
                let Some(v) = a1().deref().as_int() else { return vm.unsupported(format!("`{method}` of this value")) };
                let raw = (v as u128).to_be_bytes();
                let mut bytes = raw[16 - n..].to_vec();
                if le {
                    bytes.reverse();
                }
                Op::WriteAll(bytes)
            } else if matches!(
                method,
                "read_buf"
                    | "write_buf"
                    | "write_all_buf"
                    | "read_until"
                    | "split"
                    | "write_vectored"
                    | "chain"
                    | "take"
            ) {
                return vm.unsupported(format!("`{method}` on a tokio I/O object"));
            } else {
                return Ok(None);
            }
        }
    };
    Ok(Some(leaf(IoLeaf::new(me, op))))
}

/// What an [`IoLeaf`] does, with its progress so far.
enum Op {
    Read(Value),
    /// The buffer and how many bytes are filled.
    ReadExact(Value, usize),
    /// The vector, its simulated capacity (`Vec::reserve(32)` growth), and bytes read.
    ReadToEnd(Value, Option<usize>, usize),
    ReadToString(Value, Vec<u8>),
    ReadInt(usize, IntTy, bool, Vec<u8>),
    ReadLine(Value, Vec<u8>),
    NextLine,
    Write(Vec<u8>),
    WriteAll(Vec<u8>),
    Flush,
    Shutdown,
    Copy(Box<CopyState>),
}

/// An `AsyncReadExt`/`AsyncWriteExt`/`AsyncBufReadExt` future, or `tokio::io::copy`.
struct IoLeaf {
    target: Value,
    op: Op,
}

impl IoLeaf {
    fn new(target: Value, op: Op) -> IoLeaf {
        IoLeaf { target, op }
    }
}

fn ok(v: Value) -> Poll<Value> {
    Poll::Ready(Value::ok(v))
}

fn err(e: IoErr) -> Poll<Value> {
    Poll::Ready(Value::err(e.value()))
}

/// `Poll<IoResult<T>>` into the future's `Poll<Value>` (`Ok(f(v))` or `Err(e)`).
macro_rules! done {
    ($p:expr, $v:pat => $e:expr) => {
        match $p {
            Poll::Ready(Ok($v)) => $e,
            Poll::Ready(Err(e)) => return Ok(err(e)),
            Poll::Pending => return Ok(Poll::Pending),
        }
    };
}

impl Leaf for IoLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let t = self.target.clone();
        match &mut self.op {
            Op::Read(buf) => {
                let Some(items) = buffer_of(buf) else { return vm.unsupported("`read` into this buffer") };
                let len = items.borrow().len();
                let data = done!(read_of(vm, &t, len)?, d => d);
                store(&items, 0, &data);
                Ok(ok(Value::usize(data.len())))
            }
            Op::ReadExact(buf, filled) => {
                let Some(items) = buffer_of(buf) else { return vm.unsupported("`read_exact` into this buffer") };
                let len = items.borrow().len();
                loop {
                    if *filled == len {
                        return Ok(ok(Value::usize(len)));
                    }
                    let data = done!(read_of(vm, &t, len - *filled)?, d => d);
                    if data.is_empty() {
                        return Ok(err(IoErr::custom("UnexpectedEof", "early eof")));
                    }
                    store(&items, *filled, &data);
                    *filled += data.len();
                }
            }
            Op::ReadToEnd(buf, cap, total) => {
                let Some(items) = buffer_of(buf) else { return vm.unsupported("`read_to_end` into this vector") };
                loop {
                    let len = items.borrow().len();
                    let c = cap.get_or_insert(items.borrow().capacity().max(len));
                    if *c - len < 32 {
                        *c = (*c * 2).max(len + 32).max(8);
                    }
                    let data = done!(read_of(vm, &t, *c - len)?, d => d);
                    if data.is_empty() {
                        return Ok(ok(Value::usize(*total)));
                    }
                    vm.alloc(data.len() * crate::vm::memory::VALUE_BYTES)?;
                    *total += data.len();
                    items.borrow_mut().extend(data.iter().map(|b| Value::Int(*b as i128, IntTy::U8)));
                }
            }
            Op::ReadToString(dst, acc) => loop {
                let data = done!(read_of(vm, &t, 8 * 1024)?, d => d);
                if data.is_empty() {
                    let bytes = std::mem::take(acc);
                    let n = bytes.len();
                    return match String::from_utf8(bytes) {
                        Ok(s) => {
                            let Value::String(out) = dst.deref_ref() else {
                                return vm.unsupported("`read_to_string` into this value");
                            };
                            out.borrow_mut().push_str(&s);
                            Ok(ok(Value::usize(n)))
                        }
                        Err(_) => Ok(err(IoErr::custom("InvalidData", "stream did not contain valid UTF-8"))),
                    };
                }
                vm.alloc(data.len())?;
                acc.extend(data);
            },
            Op::ReadInt(n, ty, le, acc) => loop {
                if acc.len() == *n {
                    let mut bytes = acc.clone();
                    if *le {
                        bytes.reverse();
                    }
                    let mut v: u128 = 0;
                    for b in bytes {
                        v = (v << 8) | b as u128;
                    }
                    let bits = *n as u32 * 8;
                    let value = if ty.signed() && bits < 128 && v >> (bits - 1) & 1 == 1 {
                        v as i128 - (1i128 << bits)
                    } else {
                        v as i128
                    };
                    return Ok(ok(Value::Int(value, *ty)));
                }
                let data = done!(read_of(vm, &t, *n - acc.len())?, d => d);
                if data.is_empty() {
                    return Ok(err(IoErr::kind("UnexpectedEof")));
                }
                acc.extend(data);
            },
            Op::ReadLine(dst, acc) => {
                done!(read_line(vm, &t, acc)?, () => ());
                let bytes = std::mem::take(acc);
                let n = bytes.len();
                match String::from_utf8(bytes) {
                    Ok(s) => {
                        let Value::String(out) = dst.deref_ref() else {
                            return vm.unsupported("`read_line` into this value");
                        };
                        out.borrow_mut().push_str(&s);
                        Ok(ok(Value::usize(n)))
                    }
                    Err(_) => Ok(err(IoErr::custom("InvalidData", "stream did not contain valid UTF-8"))),
                }
            }
            Op::NextLine => {
                let Some(o) = io_of(&t) else { return vm.unsupported("`next_line` on this value") };
                let RtObj::Dyn(d) = &*o else { return vm.unsupported("`next_line` on this value") };
                let Some(lines) = d.as_any().and_then(|a| a.downcast_ref::<Lines>()) else {
                    return vm.unsupported("`next_line` on this value");
                };
                let reader = lines.reader.clone();
                let mut acc = std::mem::take(&mut *lines.acc.borrow_mut());
                let r = read_line(vm, &reader, &mut acc)?;
                let r = match r {
                    Poll::Pending => {
                        *lines.acc.borrow_mut() = acc;
                        return Ok(Poll::Pending);
                    }
                    Poll::Ready(r) => r,
                };
                if let Err(e) = r {
                    return Ok(err(e));
                }
                if acc.is_empty() {
                    return Ok(ok(Value::none()));
                }
                if acc.last() == Some(&b'\n') {
                    acc.pop();
                    if acc.last() == Some(&b'\r') {
                        acc.pop();
                    }
                }
                match String::from_utf8(acc) {
                    Ok(s) => Ok(ok(Value::some(Value::string(s)))),
                    Err(_) => Ok(err(IoErr::custom("InvalidData", "stream did not contain valid UTF-8"))),
                }
            }
            Op::Write(data) => {
                let data = data.clone();
                let n = done!(write_of(vm, &t, &data)?, n => n);
                Ok(ok(Value::usize(n)))
            }
            Op::WriteAll(data) => loop {
                if data.is_empty() {
                    return Ok(ok(Value::Unit));
                }
                let chunk = data.clone();
                let n = done!(write_of(vm, &t, &chunk)?, n => n);
                data.drain(..n);
                if n == 0 {
                    return Ok(err(IoErr::kind("WriteZero")));
                }
            },
            Op::Flush => Ok(match flush_of(vm, &t)? {
                Poll::Ready(Ok(())) => ok(Value::Unit),
                Poll::Ready(Err(e)) => err(e),
                Poll::Pending => Poll::Pending,
            }),
            Op::Shutdown => Ok(match shutdown_of(vm, &t)? {
                Poll::Ready(Ok(())) => ok(Value::Unit),
                Poll::Ready(Err(e)) => err(e),
                Poll::Pending => Poll::Pending,
            }),
            Op::Copy(state) => {
                let n = done!(state.poll_copy(vm, &t)?, n => n);
                Ok(ok(Value::Int(n as i128, IntTy::U64)))
            }
        }
    }
}

/// tokio's `read_until(b'\n')`: append to `acc` until a newline or the end; `Ready(Ok(()))` when done.
fn read_line(vm: &mut Vm, reader: &Value, acc: &mut Vec<u8>) -> VmResult<Poll<IoResult<()>>> {
    loop {
        let avail = ready!(fill_buf_of(vm, reader)?);
        let (done, used) = match avail.iter().position(|b| *b == b'\n') {
            Some(i) => {
                acc.extend_from_slice(&avail[..=i]);
                (true, i + 1)
            }
            None => {
                acc.extend_from_slice(&avail);
                (avail.is_empty(), avail.len())
            }
        };
        consume_of(reader, used);
        if done {
            return Ok(Poll::Ready(Ok(())));
        }
    }
}

/// A trace event of the current task at the current line about an I/O object.
fn event(vm: &mut Vm, kind: TraceKind, object: TraceObject) {
    event_with(vm, kind, object, object.to_string());
}

/// [`event`] with a detail of its own (`tcp#3 from 127.0.0.1:40001 (accepted on listener#1)`).
fn event_with(vm: &mut Vm, kind: TraceKind, object: TraceObject, detail: String) {
    let (now, cur, line) = (vm.clock_ns, vm.rt.current, vm.pos.line);
    vm.rt.event_about(now, cur, kind, Some(line), object, detail);
}
