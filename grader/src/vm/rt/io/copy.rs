//! `tokio::io::copy`, `copy_bidirectional` and `copy_bidirectional_with_sizes`, as tokio 1.54
//! writes them (`io/util/copy.rs`, `io/util/copy_bidirectional.rs`).
//!
//! [`CopyState`] is tokio's `CopyBuffer`: a buffer (8 KiB unless sized) read from the reader and
//! written to the writer, topped up while the writer waits, flushed when the reader waits and
//! at the end. `copy_bidirectional` is two of them in one future: each poll polls the a-to-b
//! direction, then the b-to-a one; a direction that read the end shuts its writer down
//! (`poll_shutdown`) and keeps its count; the future is ready with `(a_to_b, b_to_a)` once
//! both are done, and an error of either direction ends it at once.

use std::cell::Cell;

use super::{flush_of, read_of, shutdown_of, write_of, IoErr, IoResult, DEFAULT_BUF_SIZE};
use crate::ir::IntTy;
use crate::vm::rt::{Leaf, Poll};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// tokio 1.54's `CopyBuffer` (`io/util/copy.rs`): a buffer of `cap` bytes read from `reader` and
/// written to `writer`, topped up while the writer waits, and flushed when the reader waits.
pub(super) struct CopyState {
    writer: Value,
    cap: usize,
    buf: Vec<u8>,
    pos: usize,
    read_done: bool,
    need_flush: bool,
    amt: u64,
}

impl CopyState {
    pub(super) fn new(writer: Value) -> CopyState {
        CopyState::with_size(writer, DEFAULT_BUF_SIZE)
    }

    fn with_size(writer: Value, cap: usize) -> CopyState {
        CopyState { writer, cap, buf: Vec::new(), pos: 0, read_done: false, need_flush: false, amt: 0 }
    }

    /// `poll_fill_buf`: read into the free part of the buffer; a read of nothing is the end.
    fn fill(&mut self, vm: &mut Vm, reader: &Value) -> VmResult<Poll<IoResult<()>>> {
        let room = self.cap - self.buf.len();
        let data = ready!(read_of(vm, reader, room)?);
        self.read_done = data.is_empty();
        self.buf.extend(data);
        Ok(Poll::Ready(Ok(())))
    }

    /// `CopyBuffer::poll_copy`: `Ready(Ok(n))` once the reader's end was read, all of it written and flushed.
    pub(super) fn poll_copy(&mut self, vm: &mut Vm, reader: &Value) -> VmResult<Poll<IoResult<u64>>> {
        if !vm.rt.poll_proceed() {
            vm.suspend_on("`tokio::io::copy` (budget)".into());
            return Ok(Poll::Pending);
        }
        let writer = self.writer.clone();
        let progress = Cell::new(false);
        let made = |vm: &mut Vm| {
            if !progress.get() {
                progress.set(true);
                vm.rt.made_progress();
            }
        };
        loop {
            if self.buf.len() < self.cap && !self.read_done {
                match self.fill(vm, reader)? {
                    Poll::Ready(Ok(())) => made(vm),
                    Poll::Ready(Err(e)) => {
                        made(vm);
                        return Ok(Poll::Ready(Err(e)));
                    }
                    Poll::Pending => {
                        if self.pos == self.buf.len() {
                            if self.need_flush {
                                ready!(flush_of(vm, &writer)?);
                                made(vm);
                                self.need_flush = false;
                            }
                            return Ok(Poll::Pending);
                        }
                    }
                }
            }
            while self.pos < self.buf.len() {
                let chunk = self.buf[self.pos..].to_vec();
                let n = match write_of(vm, &writer, &chunk)? {
                    Poll::Pending => {
                        if !self.read_done && self.buf.len() < self.cap {
                            ready!(self.fill(vm, reader)?);
                        }
                        return Ok(Poll::Pending);
                    }
                    Poll::Ready(r) => r,
                };
                made(vm);
                match n {
                    Err(e) => return Ok(Poll::Ready(Err(e))),
                    Ok(0) => return Ok(Poll::Ready(Err(IoErr::custom("WriteZero", "write zero byte into writer")))),
                    Ok(n) => {
                        self.pos += n;
                        self.amt += n as u64;
                        self.need_flush = true;
                    }
                }
            }
            self.pos = 0;
            self.buf.clear();
            if self.read_done {
                ready!(flush_of(vm, &writer)?);
                made(vm);
                return Ok(Poll::Ready(Ok(self.amt)));
            }
        }
    }
}

/// One direction of `copy_bidirectional` (tokio's `TransferState`).
enum Transfer {
    Running(Box<CopyState>),
    ShuttingDown(u64),
    Done(u64),
}

/// tokio's `transfer_one_direction`: copy until the end, then shut the writer down.
fn transfer(vm: &mut Vm, state: &mut Transfer, reader: &Value, writer: &Value) -> VmResult<Poll<IoResult<u64>>> {
    loop {
        match state {
            Transfer::Running(buf) => {
                let count = ready!(buf.poll_copy(vm, reader)?);
                *state = Transfer::ShuttingDown(count);
            }
            Transfer::ShuttingDown(count) => {
                let count = *count;
                ready!(shutdown_of(vm, writer)?);
                *state = Transfer::Done(count);
            }
            Transfer::Done(count) => return Ok(Poll::Ready(Ok(*count))),
        }
    }
}

/// The future of `copy_bidirectional(&mut a, &mut b)`.
pub(super) struct Bidirectional {
    a: Value,
    b: Value,
    a_to_b: Transfer,
    b_to_a: Transfer,
}

impl Bidirectional {
    pub(super) fn new(a: Value, b: Value, a_to_b_size: usize, b_to_a_size: usize) -> Bidirectional {
        Bidirectional {
            a_to_b: Transfer::Running(Box::new(CopyState::with_size(b.clone(), a_to_b_size))),
            b_to_a: Transfer::Running(Box::new(CopyState::with_size(a.clone(), b_to_a_size))),
            a,
            b,
        }
    }
}

impl Leaf for Bidirectional {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let (a, b) = (self.a.clone(), self.b.clone());
        let a_to_b = transfer(vm, &mut self.a_to_b, &a, &b)?;
        if let Poll::Ready(Err(e)) = a_to_b {
            return Ok(Poll::Ready(Value::err(e.value())));
        }
        let b_to_a = transfer(vm, &mut self.b_to_a, &b, &a)?;
        if let Poll::Ready(Err(e)) = b_to_a {
            return Ok(Poll::Ready(Value::err(e.value())));
        }
        let (Poll::Ready(Ok(x)), Poll::Ready(Ok(y))) = (a_to_b, b_to_a) else { return Ok(Poll::Pending) };
        let count = |n: u64| Value::Int(n as i128, IntTy::U64);
        Ok(Poll::Ready(Value::ok(Value::tuple(vec![count(x), count(y)]))))
    }
}
