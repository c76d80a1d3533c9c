//! `tokio_util::codec` 0.7.20: `LinesCodec`, `LengthDelimitedCodec` (and its `Builder`) and
//! `BytesCodec`, run by `Framed`, `FramedRead` and `FramedWrite` over any tokio I/O object, with
//! futures' `Stream` (`next` and every `StreamExt` adapter) and `Sink` (`send`, `feed`, `flush`,
//! `close`), and `StreamExt::split` into a `SplitSink` and a `SplitStream`.
//!
//! [`FramedState`] is tokio-util's `FramedImpl`: one read buffer and one write buffer around the
//! I/O object. [`poll_next`] is its `Stream::poll_next` state machine (reading, framing, pausing,
//! paused, errored) line for line: a frame split across two writes makes the decoder ask for more
//! bytes, and the end of the stream in the middle of a frame is `decode_eof`'s error (`bytes
//! remaining on stream` for the length-delimited and bytes codecs). The sink keeps encoded frames
//! in the write buffer until `poll_flush` writes them out (at a `send`, `flush`, `close`, or a
//! `feed` past the 8 KiB backpressure boundary). A `SplitSink` keeps one item in its slot, as
//! futures-util's does, and encodes it at the next `poll_ready`/`flush`/`close`.
//!
//! Waits are the I/O object's own (`io_read_waiting`, `io_write_waiting` on its `duplex#N`).
//! The read buffer's spare room decides how many bytes one read asks for; it is modelled as
//! bytes 1.12's `BytesMut` of 8 KiB that `reserve` gives back room to (exact while frames are
//! small). A codec of the learner's own (`impl Decoder for MyCodec`) is refused by name.

use std::cell::RefCell;
use std::rc::Rc;

use super::bytes::{bytes_of, new_bytes};
use super::{bytes_arg, flush_of, handle, io_of, leaf, read_of, shutdown_of, write_of, IoErr, IoResult};
use crate::vm::rt::{Leaf, Object, Poll, RtObj};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// `FramedImpl`'s `INITIAL_CAPACITY` (read and write buffers, and the backpressure boundary).
const INITIAL_CAPACITY: usize = 8 * 1024;

macro_rules! ready {
    ($e:expr) => {
        match $e {
            Poll::Ready(Ok(v)) => v,
            Poll::Ready(Err(e)) => return Ok(Poll::Ready(Err(e))),
            Poll::Pending => return Ok(Poll::Pending),
        }
    };
}

// ---------------------------------------------------------------- codecs

/// `length_delimited::Builder`'s settings.
#[derive(Clone, Copy)]
struct LenCfg {
    max_frame_len: usize,
    field_len: usize,
    offset: usize,
    adjustment: isize,
    num_skip: Option<usize>,
    big_endian: bool,
}

impl LenCfg {
    fn new() -> LenCfg {
        LenCfg {
            max_frame_len: 8 * 1024 * 1024,
            field_len: 4,
            offset: 0,
            adjustment: 0,
            num_skip: None,
            big_endian: true,
        }
    }
    fn num_head_bytes(&self) -> usize {
        (self.offset + self.field_len).max(self.num_skip.unwrap_or_default())
    }
    fn skip(&self) -> usize {
        self.num_skip.unwrap_or(self.offset + self.field_len)
    }
    /// `adjust_max_frame_len`: no more than the length field can say.
    fn adjusted(mut self) -> LenCfg {
        let field_max = match 1u64.checked_shl((8 * self.field_len) as u32) {
            Some(shl) => shl - 1,
            None => u64::MAX,
        };
        let allowed = field_max.saturating_add_signed(self.adjustment as i64);
        let allowed = usize::try_from(allowed).unwrap_or(usize::MAX);
        self.max_frame_len = self.max_frame_len.min(allowed);
        self
    }
    fn debug(&self) -> String {
        let skip = match self.num_skip {
            Some(n) => format!("Some({n})"),
            None => "None".into(),
        };
        format!(
            "Builder {{ max_frame_len: {}, length_field_len: {}, length_field_offset: {}, length_adjustment: {}, num_skip: {skip}, length_field_is_big_endian: {} }}",
            self.max_frame_len, self.field_len, self.offset, self.adjustment, self.big_endian
        )
    }
}

#[derive(Clone)]
enum Codec {
    Lines {
        next_index: usize,
        max_length: usize,
        is_discarding: bool,
    },
    /// `data`: `DecodeState::Data(n)` once a head was read (`None`: `Head`).
    Length {
        cfg: LenCfg,
        data: Option<usize>,
    },
    Bytes,
}

/// A decoder's or encoder's error, before it becomes the codec's error value.
enum CodecErr {
    MaxLine,
    Io(IoErr),
}

impl From<IoErr> for CodecErr {
    fn from(e: IoErr) -> CodecErr {
        CodecErr::Io(e)
    }
}

/// `LengthDelimitedCodecError` inside an `io::Error` of kind `kind`.
fn frame_too_big(kind: &str) -> CodecErr {
    CodecErr::Io(IoErr(
        "frame size too big".into(),
        format!("Custom {{ kind: {kind}, error: LengthDelimitedCodecError }}"),
    ))
}

/// The read buffer (a `BytesMut`): its bytes and its spare capacity.
struct ReadBuf {
    data: Vec<u8>,
    spare: usize,
}

impl ReadBuf {
    fn new() -> ReadBuf {
        ReadBuf { data: Vec::new(), spare: INITIAL_CAPACITY }
    }
    /// `BytesMut::reserve`: a buffer out of room takes back the room of what was split off.
    fn reserve(&mut self, additional: usize) {
        if self.spare < additional {
            self.spare = (self.data.len() + additional).max(INITIAL_CAPACITY) - self.data.len();
        }
    }
    fn split_to(&mut self, n: usize) -> Vec<u8> {
        self.data.drain(..n).collect()
    }
}

fn utf8(line: Vec<u8>) -> Result<String, CodecErr> {
    String::from_utf8(line).map_err(|_| CodecErr::Io(IoErr::custom("InvalidData", "Unable to decode input as UTF8")))
}

fn without_carriage_return(mut line: Vec<u8>) -> Vec<u8> {
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    line
}

impl Codec {
    fn type_name(&self) -> &'static str {
        match self {
            Codec::Lines { .. } => "LinesCodec",
            Codec::Length { .. } => "LengthDelimitedCodec",
            Codec::Bytes => "BytesCodec",
        }
    }

    /// The codec's error type as a value: `LinesCodecError` (`MaxLineLengthExceeded`, `Io(e)`) or `io::Error`.
    fn error_value(&self, e: CodecErr) -> Value {
        match (self, e) {
            (_, CodecErr::MaxLine) => {
                Value::StdError(Rc::new(("max line length exceeded".into(), "MaxLineLengthExceeded".into())))
            }
            (Codec::Lines { .. }, CodecErr::Io(e)) => Value::StdError(Rc::new((e.0, format!("Io({})", e.1)))),
            (_, CodecErr::Io(e)) => e.value(),
        }
    }

    fn decode(&mut self, buf: &mut ReadBuf) -> Result<Option<Value>, CodecErr> {
        match self {
            Codec::Lines { next_index, max_length, is_discarding } => loop {
                let read_to = max_length.saturating_add(1).min(buf.data.len());
                let from = (*next_index).min(read_to);
                let newline = buf.data[from..read_to].iter().position(|b| *b == b'\n');
                match (*is_discarding, newline) {
                    (true, Some(offset)) => {
                        buf.split_to(offset + from + 1);
                        *is_discarding = false;
                        *next_index = 0;
                    }
                    (true, None) => {
                        buf.split_to(read_to);
                        *next_index = 0;
                        if buf.data.is_empty() {
                            return Ok(None);
                        }
                    }
                    (false, Some(offset)) => {
                        let newline_index = offset + from;
                        *next_index = 0;
                        let mut line = buf.split_to(newline_index + 1);
                        line.pop();
                        return Ok(Some(Value::string(utf8(without_carriage_return(line))?)));
                    }
                    (false, None) if buf.data.len() > *max_length => {
                        *is_discarding = true;
                        return Err(CodecErr::MaxLine);
                    }
                    (false, None) => {
                        *next_index = read_to;
                        return Ok(None);
                    }
                }
            },
            Codec::Length { cfg, data } => {
                let n = match *data {
                    Some(n) => n,
                    None => {
                        if buf.data.len() < cfg.num_head_bytes() {
                            return Ok(None);
                        }
                        let field = &buf.data[cfg.offset..cfg.offset + cfg.field_len];
                        let mut n: u64 = 0;
                        let mut push = |b: u8| n = (n << 8) | b as u64;
                        if cfg.big_endian {
                            field.iter().for_each(|b| push(*b));
                        } else {
                            field.iter().rev().for_each(|b| push(*b));
                        }
                        if n > cfg.max_frame_len as u64 {
                            return Err(frame_too_big("InvalidData"));
                        }
                        let n = n as usize;
                        let n = if cfg.adjustment < 0 {
                            n.checked_sub(cfg.adjustment.unsigned_abs())
                        } else {
                            n.checked_add(cfg.adjustment as usize)
                        };
                        let Some(n) = n else {
                            return Err(CodecErr::Io(IoErr::custom(
                                "InvalidInput",
                                "provided length would overflow after adjustment",
                            )));
                        };
                        buf.split_to(cfg.skip());
                        buf.reserve(n.saturating_sub(buf.data.len()));
                        *data = Some(n);
                        n
                    }
                };
                if buf.data.len() < n {
                    return Ok(None);
                }
                let frame = buf.split_to(n);
                *data = None;
                buf.reserve(cfg.num_head_bytes().saturating_sub(buf.data.len()));
                Ok(Some(new_bytes(frame, true)))
            }
            Codec::Bytes => {
                if buf.data.is_empty() {
                    return Ok(None);
                }
                let n = buf.data.len();
                Ok(Some(new_bytes(buf.split_to(n), true)))
            }
        }
    }

    fn decode_eof(&mut self, buf: &mut ReadBuf) -> Result<Option<Value>, CodecErr> {
        if let Some(frame) = self.decode(buf)? {
            return Ok(Some(frame));
        }
        match self {
            Codec::Lines { next_index, .. } => {
                *next_index = 0;
                if buf.data.is_empty() || buf.data == b"\r" {
                    return Ok(None);
                }
                let n = buf.data.len();
                let line = buf.split_to(n);
                Ok(Some(Value::string(utf8(without_carriage_return(line))?)))
            }
            // `Decoder::decode_eof`'s default.
            _ if buf.data.is_empty() => Ok(None),
            _ => Err(CodecErr::Io(IoErr::custom("Other", "bytes remaining on stream"))),
        }
    }

    fn encode(&mut self, vm: &mut Vm, item: &Value, dst: &mut Vec<u8>) -> VmResult<Result<(), CodecErr>> {
        match self {
            Codec::Lines { .. } => {
                let Some(line) = item.deref().to_str() else {
                    return vm.unsupported("sending this value through a `LinesCodec` (it encodes text)");
                };
                dst.extend_from_slice(line.as_bytes());
                dst.push(b'\n');
            }
            Codec::Length { cfg, .. } => {
                let data = match bytes_of(item) {
                    Some(b) => b,
                    None => bytes_arg(vm, item)?,
                };
                let n = data.len();
                if n > cfg.max_frame_len {
                    return Ok(Err(frame_too_big("InvalidInput")));
                }
                let n = if cfg.adjustment < 0 {
                    n.checked_add(cfg.adjustment.unsigned_abs())
                } else {
                    n.checked_sub(cfg.adjustment as usize)
                };
                let Some(n) = n else {
                    return Ok(Err(CodecErr::Io(IoErr::custom(
                        "InvalidInput",
                        "provided length would overflow after adjustment",
                    ))));
                };
                let be = (n as u64).to_be_bytes();
                let mut field = be[8 - cfg.field_len..].to_vec();
                if !cfg.big_endian {
                    field.reverse();
                }
                dst.extend(field);
                dst.extend(data);
            }
            Codec::Bytes => {
                let Some(data) = bytes_of(item) else {
                    return vm
                        .unsupported("sending this value through a `BytesCodec` (it takes `Bytes` or `BytesMut`)");
                };
                dst.extend(data);
            }
        }
        Ok(Ok(()))
    }

    fn debug(&self) -> String {
        match self {
            Codec::Lines { next_index, max_length, is_discarding } => format!(
                "LinesCodec {{ next_index: {next_index}, max_length: {max_length}, is_discarding: {is_discarding} }}"
            ),
            Codec::Length { cfg, data } => {
                let state = match data {
                    Some(n) => format!("Data({n})"),
                    None => "Head".into(),
                };
                format!("LengthDelimitedCodec {{ builder: {}, state: {state} }}", cfg.debug())
            }
            Codec::Bytes => "BytesCodec(())".into(),
        }
    }
}

/// A codec value (`LinesCodec::new()`), before `Framed::new` takes it.
struct CodecObj(RefCell<Codec>);

impl Object for CodecObj {
    fn type_name(&self) -> &'static str {
        self.0.borrow().type_name()
    }
    fn debug(&self) -> String {
        self.0.borrow().debug()
    }
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let mut c = self.0.borrow_mut();
        Ok(Some(match (&mut *c, method) {
            (Codec::Lines { max_length, .. }, "max_length") => Value::usize(*max_length),
            (Codec::Length { cfg, .. }, "max_frame_length") => Value::usize(cfg.max_frame_len),
            (Codec::Length { cfg, .. }, "set_max_frame_length") => {
                let n = crate::vm::builtins::usize_arg(vm, args, 1)?;
                cfg.max_frame_len = n;
                *cfg = cfg.adjusted();
                Value::Unit
            }
            (c, "clone") => handle(CodecObj(RefCell::new(c.clone()))),
            (c, _) => {
                let name = c.type_name();
                return vm.unsupported(format!("`{name}::{method}` (calling a codec yourself)")).map(Some);
            }
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// `LengthDelimitedCodec::builder()`: its setters return the builder itself.
struct BuilderObj(RefCell<LenCfg>);

impl Object for BuilderObj {
    fn type_name(&self) -> &'static str {
        "Builder"
    }
    fn debug(&self) -> String {
        self.0.borrow().debug()
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let me = args.first().cloned().unwrap_or_default();
        let n = |vm: &Vm| crate::vm::builtins::usize_arg(vm, args, 1);
        let codec = || Codec::Length { cfg: self.0.borrow().adjusted(), data: None };
        match method {
            "length_field_length" | "length_field_type" => {
                let len = if method == "length_field_type" {
                    match hint {
                        "u8" => 1,
                        "u16" => 2,
                        "u32" => 4,
                        "u64" | "usize" => 8,
                        _ => return vm.unsupported("`length_field_type` of this type").map(Some),
                    }
                } else {
                    n(vm)?
                };
                if len == 0 || len > 8 {
                    return vm.panic_in_std("tokio-util", "invalid length field length");
                }
                self.0.borrow_mut().field_len = len;
            }
            "max_frame_length" => self.0.borrow_mut().max_frame_len = n(vm)?,
            "length_field_offset" => self.0.borrow_mut().offset = n(vm)?,
            "num_skip" => self.0.borrow_mut().num_skip = Some(n(vm)?),
            "length_adjustment" => {
                let Some(v) = args.get(1).and_then(|v| v.deref().as_int()) else {
                    return vm.unsupported("`length_adjustment` of this value").map(Some);
                };
                self.0.borrow_mut().adjustment = v as isize;
            }
            "big_endian" => self.0.borrow_mut().big_endian = true,
            "little_endian" | "native_endian" => self.0.borrow_mut().big_endian = false,
            "new_codec" => return Ok(Some(handle(CodecObj(RefCell::new(codec()))))),
            "new_read" => return framed(vm, Role::Read, args.get(1).cloned().unwrap_or_default(), codec()).map(Some),
            "new_write" => return framed(vm, Role::Write, args.get(1).cloned().unwrap_or_default(), codec()).map(Some),
            "new_framed" => {
                return framed(vm, Role::Whole, args.get(1).cloned().unwrap_or_default(), codec()).map(Some)
            }
            "clone" => return Ok(Some(handle(BuilderObj(RefCell::new(*self.0.borrow()))))),
            _ => return vm.unsupported(format!("`length_delimited::Builder::{method}`")).map(Some),
        }
        Ok(Some(me))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// A path of `tokio_util::codec` or of the `bytes` crate (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    if let Some(short) = full.strip_prefix("tokio_util::bytes::").or_else(|| full.strip_prefix("bytes::")) {
        return super::bytes::path(vm, short, args);
    }
    // `SinkExt::<&str>::flush(&mut framed)`: the method on the first argument.
    if let Some(m) = full.strip_prefix("futures::SinkExt::").or_else(|| full.strip_prefix("futures::sink::SinkExt::")) {
        if matches!(m, "send" | "feed" | "flush" | "close") && framed_of(args.first().unwrap_or(&Value::Unit)).is_some()
        {
            return crate::vm::builtins::tokio::call(vm, m, "", args);
        }
        return vm.unsupported(format!("`{full}` on this value"));
    }
    let Some(short) = full.strip_prefix("tokio_util::codec::") else { return Ok(None) };
    let short = short.strip_prefix("length_delimited::").unwrap_or(short);
    let short = short.strip_prefix("lines_codec::").unwrap_or(short);
    let a = |i: usize| args.get(i).cloned().unwrap_or_default();
    let codec = |c: Codec| Ok(Some(handle(CodecObj(RefCell::new(c)))));
    match short {
        "LinesCodec::new" | "LinesCodec::default" => {
            codec(Codec::Lines { next_index: 0, max_length: usize::MAX, is_discarding: false })
        }
        "LinesCodec::new_with_max_length" => {
            let max_length = crate::vm::builtins::usize_arg(vm, args, 0)?;
            codec(Codec::Lines { next_index: 0, max_length, is_discarding: false })
        }
        "LengthDelimitedCodec::new" | "LengthDelimitedCodec::default" => {
            codec(Codec::Length { cfg: LenCfg::new(), data: None })
        }
        "LengthDelimitedCodec::builder" | "Builder::new" | "Builder::default" => {
            Ok(Some(handle(BuilderObj(RefCell::new(LenCfg::new())))))
        }
        "BytesCodec::new" | "BytesCodec::default" => codec(Codec::Bytes),
        "Framed::new" | "FramedRead::new" | "FramedWrite::new" => {
            let role = match short {
                "Framed::new" => Role::Whole,
                "FramedRead::new" => Role::Read,
                _ => Role::Write,
            };
            let c = codec_of(vm, &a(1))?;
            framed(vm, role, a(0), c).map(Some)
        }
        _ => vm.unsupported(format!("`{full}`")),
    }
}

/// The codec a `Framed::new` gets (a copy: the codec value is moved into it).
fn codec_of(vm: &mut Vm, v: &Value) -> VmResult<Codec> {
    if let Value::Rt(o) = v.deref() {
        if let RtObj::Dyn(d) = &*o {
            if let Some(c) = d.as_any().and_then(|a| a.downcast_ref::<CodecObj>()) {
                return Ok(c.0.borrow().clone());
            }
        }
    }
    vm.unsupported(
        "a codec of this type in `Framed`/`FramedRead`/`FramedWrite` (only tokio-util's `LinesCodec`, `LengthDelimitedCodec` and `BytesCodec` are modelled; a codec of your own, `impl Decoder`/`impl Encoder`, is not yet)",
    )
}

fn framed(vm: &mut Vm, role: Role, io: Value, codec: Codec) -> VmResult<Value> {
    if io_of(&io).is_none() {
        return vm.unsupported(
            "framing this value (only a tokio I/O object: a `DuplexStream`, its halves, a `BufReader`, ...)",
        );
    }
    let st = Rc::new(FramedState {
        io: RefCell::new(io),
        codec: RefCell::new(codec),
        read: RefCell::new(ReadFrame { eof: false, is_readable: false, buf: ReadBuf::new(), has_errored: false }),
        write: RefCell::new(Vec::new()),
    });
    Ok(handle(FramedObj { st, role, slot: Rc::new(RefCell::new(None)) }))
}

// ---------------------------------------------------------------- Framed

struct ReadFrame {
    eof: bool,
    is_readable: bool,
    buf: ReadBuf,
    has_errored: bool,
}

/// tokio-util's `FramedImpl`: the I/O object, the codec and the two buffers.
struct FramedState {
    /// The I/O object (`Unit` once `into_inner` took it).
    io: RefCell<Value>,
    codec: RefCell<Codec>,
    read: RefCell<ReadFrame>,
    write: RefCell<Vec<u8>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Whole,
    Read,
    Write,
    SplitSink,
    SplitStream,
}

/// A `Framed`, `FramedRead`, `FramedWrite`, or a half of `framed.split()`.
struct FramedObj {
    st: Rc<FramedState>,
    role: Role,
    /// A `SplitSink`'s slot: the item fed but not yet given to the codec.
    slot: Rc<RefCell<Option<Value>>>,
}

impl FramedObj {
    fn can_read(&self) -> bool {
        matches!(self.role, Role::Whole | Role::Read | Role::SplitStream)
    }
    fn can_write(&self) -> bool {
        matches!(self.role, Role::Whole | Role::Write | Role::SplitSink)
    }
}

fn framed_of(v: &Value) -> Option<Rc<RtObj>> {
    match v.deref() {
        Value::Rt(o) if matches!(&*o, RtObj::Dyn(d) if d.as_any().is_some_and(|a| a.is::<FramedObj>())) => Some(o),
        _ => None,
    }
}

fn as_framed(o: &RtObj) -> &FramedObj {
    match o {
        RtObj::Dyn(d) => d.as_any().and_then(|a| a.downcast_ref::<FramedObj>()).expect("checked by framed_of"),
        _ => unreachable!("checked by framed_of"),
    }
}

/// Whether a value is a framed stream (`Framed`, `FramedRead`, `SplitStream`), for `stream::is_stream`.
pub fn is_framed_stream(v: &Value) -> bool {
    framed_of(v).is_some_and(|o| as_framed(&o).can_read())
}

/// `Stream::poll_next` of a framed stream (`None`: `v` is not framed).
pub fn poll_next(vm: &mut Vm, v: &Value) -> VmResult<Option<Poll<Option<Value>>>> {
    let Some(o) = framed_of(v) else { return Ok(None) };
    let f = as_framed(&o);
    if !f.can_read() {
        return vm.unsupported("using a `FramedWrite` or `SplitSink` as a stream (it is only a `Sink`)");
    }
    let st = f.st.clone();
    Ok(Some(match st.poll_next(vm)? {
        Poll::Pending => Poll::Pending,
        Poll::Ready(None) => Poll::Ready(None),
        Poll::Ready(Some(Ok(item))) => Poll::Ready(Some(Value::ok(item))),
        Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Value::err(e))),
    }))
}

impl FramedState {
    fn io(&self) -> Value {
        self.io.borrow().clone()
    }

    /// `FramedImpl::poll_next`: `Some(Err(e))` carries the codec's error value.
    fn poll_next(&self, vm: &mut Vm) -> VmResult<Poll<Option<Result<Value, Value>>>> {
        loop {
            let mut r = self.read.borrow_mut();
            let r = &mut *r;
            if r.has_errored {
                r.is_readable = false;
                r.has_errored = false;
                return Ok(Poll::Ready(None));
            }
            if r.is_readable {
                let mut codec = self.codec.borrow_mut();
                if r.eof {
                    return Ok(Poll::Ready(match codec.decode_eof(&mut r.buf) {
                        Ok(frame) => {
                            if frame.is_none() {
                                r.is_readable = false;
                            }
                            frame.map(Ok)
                        }
                        Err(e) => {
                            r.has_errored = true;
                            Some(Err(codec.error_value(e)))
                        }
                    }));
                }
                match codec.decode(&mut r.buf) {
                    Ok(Some(frame)) => return Ok(Poll::Ready(Some(Ok(frame)))),
                    Ok(None) => r.is_readable = false,
                    Err(e) => {
                        r.has_errored = true;
                        return Ok(Poll::Ready(Some(Err(codec.error_value(e)))));
                    }
                }
            }
            r.buf.reserve(1);
            let spare = r.buf.spare;
            // The read only queues wake-ups: no program code runs while this state is borrowed.
            let data = match read_of(vm, &self.io(), spare)? {
                Poll::Pending => return Ok(Poll::Pending),
                Poll::Ready(Ok(d)) => d,
                Poll::Ready(Err(e)) => {
                    r.has_errored = true;
                    let e = self.codec.borrow().error_value(CodecErr::Io(e));
                    return Ok(Poll::Ready(Some(Err(e))));
                }
            };
            vm.alloc(data.len())?;
            r.buf.spare -= data.len().min(r.buf.spare);
            if data.is_empty() {
                if r.eof {
                    return Ok(Poll::Ready(None));
                }
                r.eof = true;
            } else {
                r.eof = false;
            }
            r.buf.data.extend(data);
            r.is_readable = true;
        }
    }

    /// `Sink::poll_ready`: flush once the write buffer reached the backpressure boundary.
    fn poll_ready(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        if self.write.borrow().len() >= INITIAL_CAPACITY {
            return self.poll_flush(vm);
        }
        Ok(Poll::Ready(Ok(())))
    }

    /// `Sink::start_send`: the codec encodes the item into the write buffer.
    fn start_send(&self, vm: &mut Vm, item: &Value) -> VmResult<Result<(), Value>> {
        let mut buf = std::mem::take(&mut *self.write.borrow_mut());
        let r = self.codec.borrow_mut().encode(vm, item, &mut buf);
        *self.write.borrow_mut() = buf;
        Ok(r?.map_err(|e| self.codec.borrow().error_value(e)))
    }

    /// `Sink::poll_flush`: write the whole buffer out, then flush the I/O object.
    fn poll_flush(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        loop {
            let chunk = self.write.borrow().clone();
            if chunk.is_empty() {
                break;
            }
            let n = ready!(write_of(vm, &self.io(), &chunk)?);
            if n == 0 {
                return Ok(Poll::Ready(Err(IoErr::custom("WriteZero", "failed to write frame to transport"))));
            }
            self.write.borrow_mut().drain(..n);
        }
        flush_of(vm, &self.io())
    }

    fn poll_close(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        ready!(self.poll_flush(vm)?);
        shutdown_of(vm, &self.io())
    }
}

impl Object for FramedObj {
    fn type_name(&self) -> &'static str {
        match self.role {
            Role::Whole => "Framed",
            Role::Read => "FramedRead",
            Role::Write => "FramedWrite",
            Role::SplitSink => "SplitSink",
            Role::SplitStream => "SplitStream",
        }
    }
    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        Some(Err(format!("`{{:?}}` of a `{}`", self.type_name())))
    }
    fn owns_resource(&self) -> bool {
        true
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let a1 = || args.get(1).cloned().unwrap_or_default();
        let sink_op = match method {
            "send" => Some(SinkOp::Send(Some(a1()), false)),
            "feed" => Some(SinkOp::Send(Some(a1()), true)),
            "flush" => Some(SinkOp::Flush),
            "close" => Some(SinkOp::Close),
            _ => None,
        };
        if let Some(op) = sink_op {
            if !self.can_write() {
                return vm
                    .unsupported(format!("`{method}` on a `{}` (it is only a `Stream`)", self.type_name()))
                    .map(Some);
            }
            return Ok(Some(leaf(SinkLeaf { st: self.st.clone(), role: self.role, slot: self.slot.clone(), op })));
        }
        let whole = !matches!(self.role, Role::SplitSink | Role::SplitStream);
        Ok(Some(match method {
            "get_ref" | "get_mut" if whole => self.st.io(),
            // It consumes the framed value: what it buffered is lost, and the I/O object is the caller's alone.
            "into_inner" if whole => std::mem::take(&mut *self.st.io.borrow_mut()),
            "split" if self.role == Role::Whole => {
                let half = |role| handle(FramedObj { st: self.st.clone(), role, slot: Rc::new(RefCell::new(None)) });
                Value::tuple(vec![half(Role::SplitSink), half(Role::SplitStream)])
            }
            "read_buffer" if whole && self.can_read() => new_bytes(self.st.read.borrow().buf.data.clone(), true),
            "write_buffer" if whole && self.can_write() => new_bytes(self.st.write.borrow().clone(), true),
            "send_all"
            | "reunite"
            | "is_pair_of"
            | "with_capacity"
            | "into_parts"
            | "map_codec"
            | "codec"
            | "codec_mut"
            | "decoder"
            | "decoder_mut"
            | "encoder"
            | "encoder_mut"
            | "set_backpressure_boundary"
            | "backpressure_boundary"
            | "read_buffer_mut"
            | "write_buffer_mut"
            | "sink_map_err"
            | "with"
            | "fanout"
            | "buffer"
            | "get_pin_mut"
            | "poll_ready"
            | "start_send"
            | "poll_flush"
            | "poll_close"
            | "poll_next" => {
                return vm.unsupported(format!("`{}::{method}`", self.type_name())).map(Some);
            }
            _ if self.can_read() => return crate::vm::rt::stream::ext_method(vm, self.type_name(), method, hint, args),
            _ => return Ok(None),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

// ---------------------------------------------------------------- SinkExt futures

enum SinkOp {
    /// `send` (`false`) or `feed` (`true`): the item until it is given to the sink.
    Send(Option<Value>, bool),
    Flush,
    Close,
}

/// futures-util 0.3.34's `Send`, `Feed`, `Flush` and `Close` futures on a framed sink.
struct SinkLeaf {
    st: Rc<FramedState>,
    role: Role,
    slot: Rc<RefCell<Option<Value>>>,
    op: SinkOp,
}

/// A sink poll's result: `Err` holds the codec's error value.
type SinkPoll = VmResult<Poll<Result<(), Value>>>;

impl SinkLeaf {
    fn io_err(&self, e: IoErr) -> Value {
        self.st.codec.borrow().error_value(CodecErr::Io(e))
    }

    fn lift(&self, p: Poll<IoResult<()>>) -> Poll<Result<(), Value>> {
        match p {
            Poll::Ready(Ok(())) => Poll::Ready(Ok(())),
            Poll::Ready(Err(e)) => Poll::Ready(Err(self.io_err(e))),
            Poll::Pending => Poll::Pending,
        }
    }

    /// `SplitSink::poll_flush_slot`: give the slot's item to the framed sink.
    fn flush_slot(&self, vm: &mut Vm) -> SinkPoll {
        let Some(item) = self.slot.borrow().clone() else { return Ok(Poll::Ready(Ok(()))) };
        ready!(self.lift(self.st.poll_ready(vm)?));
        self.slot.borrow_mut().take();
        Ok(Poll::Ready(self.st.start_send(vm, &item)?))
    }

    fn poll_ready(&self, vm: &mut Vm) -> SinkPoll {
        if self.role != Role::SplitSink {
            return Ok(self.lift(self.st.poll_ready(vm)?));
        }
        loop {
            if self.slot.borrow().is_none() {
                return Ok(Poll::Ready(Ok(())));
            }
            ready!(self.flush_slot(vm)?);
        }
    }

    fn start_send(&self, vm: &mut Vm, item: Value) -> VmResult<Result<(), Value>> {
        if self.role == Role::SplitSink {
            *self.slot.borrow_mut() = Some(item);
            return Ok(Ok(()));
        }
        self.st.start_send(vm, &item)
    }

    fn poll_flush(&self, vm: &mut Vm) -> SinkPoll {
        if self.role == Role::SplitSink {
            ready!(self.flush_slot(vm)?);
        }
        Ok(self.lift(self.st.poll_flush(vm)?))
    }

    fn poll_close(&self, vm: &mut Vm) -> SinkPoll {
        if self.role == Role::SplitSink {
            ready!(self.flush_slot(vm)?);
        }
        Ok(self.lift(self.st.poll_close(vm)?))
    }

    fn poll_op(&mut self, vm: &mut Vm) -> SinkPoll {
        match &self.op {
            SinkOp::Send(item, feed_only) => {
                let feed_only = *feed_only;
                if item.is_some() {
                    ready!(self.poll_ready(vm)?);
                    let SinkOp::Send(item, _) = &mut self.op else { unreachable!() };
                    let item = item.take().unwrap_or_default();
                    if let Err(e) = self.start_send(vm, item)? {
                        return Ok(Poll::Ready(Err(e)));
                    }
                }
                if feed_only {
                    return Ok(Poll::Ready(Ok(())));
                }
                self.poll_flush(vm)
            }
            SinkOp::Flush => self.poll_flush(vm),
            SinkOp::Close => self.poll_close(vm),
        }
    }
}

impl Leaf for SinkLeaf {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        Ok(match self.poll_op(vm)? {
            Poll::Ready(Ok(())) => Poll::Ready(Value::ok(Value::Unit)),
            Poll::Ready(Err(e)) => Poll::Ready(Value::err(e)),
            Poll::Pending => Poll::Pending,
        })
    }
}
