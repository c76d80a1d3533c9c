//! `tokio::io::duplex`: two pipes of `max` bytes each, one per direction, as tokio 1.54's
//! `io/util/mem.rs`. A read takes what is buffered (waking the writer), returns nothing once the
//! pipe is closed and empty, or waits; a write puts in what fits (waking the reader), fails with
//! `BrokenPipe` once the pipe is closed, or waits when it is full. `shutdown` closes the write
//! pipe; dropping a stream (both halves of a `split` one) closes its write pipe and its read pipe.
//! Each pipe has one read waker and one write waker (the last task to wait replaces the one before).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{event, ext_method, IoErr, IoResult};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::{Object, Poll, TaskId, WakeList};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

struct Pipe {
    buf: VecDeque<u8>,
    max: usize,
    is_closed: bool,
    read_waker: Option<TaskId>,
    write_waker: Option<TaskId>,
}

impl Pipe {
    fn new(max: usize) -> Pipe {
        Pipe { buf: VecDeque::new(), max, is_closed: false, read_waker: None, write_waker: None }
    }
}

/// One stream of the pair: the pipe it reads and the pipe it writes. Dropped with the last
/// handle on it (the stream, or both halves of `tokio::io::split`).
pub struct Stream {
    name: TraceObject,
    read: Rc<RefCell<Pipe>>,
    write: Rc<RefCell<Pipe>>,
    waker: WakeList,
}

impl Drop for Stream {
    fn drop(&mut self) {
        // tokio: `self.write.lock().close_write(); self.read.lock().close_read();`
        if let Ok(mut w) = self.write.try_borrow_mut() {
            w.is_closed = true;
            if let Some(t) = w.read_waker.take() {
                self.waker.borrow_mut().push(t);
            }
        }
        if let Ok(mut r) = self.read.try_borrow_mut() {
            r.is_closed = true;
            if let Some(t) = r.write_waker.take() {
                self.waker.borrow_mut().push(t);
            }
        }
    }
}

/// A handle on a [`Stream`]: the `DuplexStream` itself, or its `ReadHalf`/`WriteHalf`.
pub struct End {
    stream: Rc<Stream>,
    can_read: bool,
    can_write: bool,
}

pub struct Duplex;

impl Duplex {
    pub fn pair(vm: &mut Vm, max: usize) -> (End, End) {
        let id = vm.rt.next_object_id();
        let name = TraceObject::Duplex(id);
        let one = Rc::new(RefCell::new(Pipe::new(max)));
        let two = Rc::new(RefCell::new(Pipe::new(max)));
        let waker = vm.rt.waker();
        let a = Stream { name, read: one.clone(), write: two.clone(), waker: waker.clone() };
        let b = Stream { name, read: two, write: one, waker };
        (End::whole(a), End::whole(b))
    }
}

impl End {
    fn whole(s: Stream) -> End {
        End { stream: Rc::new(s), can_read: true, can_write: true }
    }

    pub fn is_whole(&self) -> bool {
        self.can_read && self.can_write
    }

    /// `tokio::io::split`: a read half and a write half sharing the stream.
    pub fn split(&self) -> (End, End) {
        (
            End { stream: self.stream.clone(), can_read: true, can_write: false },
            End { stream: self.stream.clone(), can_read: false, can_write: true },
        )
    }

    /// tokio's cooperative budget for one pipe operation.
    fn proceed(&self, vm: &mut Vm, what: &str) -> bool {
        if vm.rt.poll_proceed() {
            return true;
        }
        vm.suspend_on(format!("`{what}` on {} (budget)", self.stream.name));
        false
    }

    fn wake(&self, vm: &mut Vm, t: Option<TaskId>) {
        if let Some(t) = t {
            self.stream.waker.borrow_mut().push(t);
            vm.rt.flush_wakes();
        }
    }
}

impl super::Io for End {
    fn poll_read(&self, vm: &mut Vm, max: usize) -> VmResult<Poll<IoResult<Vec<u8>>>> {
        if !self.can_read {
            return vm.unsupported("reading from a `WriteHalf`");
        }
        if !self.proceed(vm, "read") {
            return Ok(Poll::Pending);
        }
        let name = self.stream.name;
        let mut p = self.stream.read.borrow_mut();
        if !p.buf.is_empty() {
            let n = p.buf.len().min(max);
            let data: Vec<u8> = p.buf.drain(..n).collect();
            let w = if n > 0 { p.write_waker.take() } else { None };
            drop(p);
            vm.rt.made_progress();
            self.wake(vm, w);
            return Ok(Poll::Ready(Ok(data)));
        }
        if p.is_closed {
            drop(p);
            vm.rt.made_progress();
            if max > 0 {
                event(vm, TraceKind::IoEof, name);
            }
            return Ok(Poll::Ready(Ok(Vec::new())));
        }
        p.read_waker = Some(vm.rt.current);
        drop(p);
        event(vm, TraceKind::IoReadWaiting, name);
        vm.suspend_on_object(format!("a read on the empty {name}"), Some(name));
        Ok(Poll::Pending)
    }

    fn poll_write(&self, vm: &mut Vm, data: &[u8]) -> VmResult<Poll<IoResult<usize>>> {
        if !self.can_write {
            return vm.unsupported("writing to a `ReadHalf`");
        }
        if !self.proceed(vm, "write") {
            return Ok(Poll::Pending);
        }
        let name = self.stream.name;
        let mut p = self.stream.write.borrow_mut();
        if p.is_closed {
            drop(p);
            vm.rt.made_progress();
            return Ok(Poll::Ready(Err(IoErr::kind("BrokenPipe"))));
        }
        let avail = p.max - p.buf.len();
        if avail == 0 {
            p.write_waker = Some(vm.rt.current);
            drop(p);
            event(vm, TraceKind::IoWriteWaiting, name);
            vm.suspend_on_object(format!("a write on the full {name}"), Some(name));
            return Ok(Poll::Pending);
        }
        let n = data.len().min(avail);
        p.buf.extend(&data[..n]);
        let r = p.read_waker.take();
        drop(p);
        vm.rt.made_progress();
        self.wake(vm, r);
        Ok(Poll::Ready(Ok(n)))
    }

    fn poll_flush(&self, _vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        Ok(Poll::Ready(Ok(())))
    }

    fn poll_shutdown(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        if !self.can_write {
            return vm.unsupported("`shutdown` of a `ReadHalf`");
        }
        let mut p = self.stream.write.borrow_mut();
        p.is_closed = true;
        let r = p.read_waker.take();
        drop(p);
        self.wake(vm, r);
        Ok(Poll::Ready(Ok(())))
    }
}

impl Object for End {
    fn type_name(&self) -> &'static str {
        match (self.can_read, self.can_write) {
            (true, true) => "DuplexStream",
            (true, false) => "ReadHalf",
            _ => "WriteHalf",
        }
    }

    fn debug(&self) -> String {
        format!("{} {{ .. }}", self.type_name())
    }

    fn owns_resource(&self) -> bool {
        true
    }

    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        if method == "is_pair_of" || method == "unsplit" {
            return vm.unsupported(format!("`{method}` of a split duplex stream")).map(Some);
        }
        ext_method(vm, method, hint, args)
    }

    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}
