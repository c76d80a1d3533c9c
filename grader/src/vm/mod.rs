//! The virtual machine: executes `ir::Function`s on an explicit frame stack.
//!
//! **Invariant:** a user function call never recurses on the host stack: it
//! pushes a `Frame` on the `Fiber` and the loop in `run` continues there.
//! So a fiber can be stopped between any two instructions and resumed later
//! (what the async runtime needs for `.await`).
//! Built-in methods that call a learner's closure (`map`, `sort_by`, ...)
//! re-enter the loop with `call_value`, which runs the closure to completion
//! on the same fiber; that re-entry is bounded by `MAX_REENTRY`.

pub mod builtins;
pub mod drop;
pub mod format;
pub mod key_set;
pub mod memory;
pub mod ops;
mod outcome;
mod ptr_set;
pub mod rt;
pub mod value;

use std::rc::Rc;

use crate::ir::{self, FnId, Instr, Program, Sym, TypeKey};
use crate::report::Pos;
use crate::trace::TraceKind;
use crate::Options;
use value::{copy_read, shared, Place, Value};

/// Why execution stopped early.
#[derive(Debug, Clone)]
pub enum Stop {
    /// A Rust panic: message and the position it is reported at.
    Panic { msg: String, pos: Pos },
    /// A host limit (steps, depth, memory); the learner cannot catch it.
    Limit { msg: String, pos: Pos },
    /// The program did something the VM does not support.
    Unsupported { what: String, pos: Pos },
    /// `std::process::exit(code)`.
    Exit { code: i32 },
    /// The running future is waiting (internal: never leaves the runtime).
    Pending,
    /// Nothing can run, no timer is pending and `main` has not returned.
    Deadlock { msg: String, pos: Pos },
}

/// A live `RefCell` guard bound to a local (`let g = c.borrow_mut();`), registered by `Instr::Guard`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guard {
    /// The address of the `RefCell`'s contents (`Rc::as_ptr`), which identifies the cell.
    pub cell: usize,
    /// A `borrow_mut` (true) or a `borrow` (false).
    pub mutable: bool,
    /// The absolute slot (in `Fiber::slots`) of the local that holds the guard.
    pub slot: usize,
    /// The `Fiber::id` of the stack the local lives on.
    pub fiber: u64,
    /// The line of the borrow, for the "already borrowed" message.
    pub line: u32,
}

/// Live `RefCell` guards of every fiber: one list, since a borrow held by a suspended task blocks the others.
pub type Guards = Vec<Guard>;

/// One activation of a function.
#[derive(Debug, Clone)]
pub struct Frame {
    pub func: FnId,
    pub pc: u32,
    /// Index of slot 0 of this frame in `Fiber::slots`.
    pub base: u32,
    /// Absolute slot index in the caller where the return value goes.
    pub ret: u32,
}

/// A stack of frames and their slots: one thread of execution.
/// The async runtime will own one `Fiber` per task.
#[derive(Debug, Default)]
pub struct Fiber {
    /// Distinguishes fibers in `Vm::guards` (0: the main thread's stack).
    pub id: u64,
    pub frames: Vec<Frame>,
    pub slots: Vec<Value>,
}

/// A dropped stack (a cancelled task, a `select!` loser) drops its locals top first, as Rust does.
impl Drop for Fiber {
    fn drop(&mut self) {
        while let Some(v) = self.slots.pop() {
            drop(v);
        }
    }
}

/// Nested runs of the loop from built-ins (closure calls) allowed at once.
pub(crate) const MAX_REENTRY: u32 = 200;

pub struct Vm {
    /// Turns the destructor hook off when the VM goes away (first field: dropped first).
    _drop_guard: Option<drop::Guard>,
    pub prog: Rc<Program>,
    pub fiber: Fiber,
    pub stdout: String,
    pub stderr: String,
    pub steps: u64,
    pub max_steps: u64,
    pub max_depth: usize,
    pub max_memory: usize,
    /// `Options::max_output_bytes`, `max_tasks` and `max_virtual_time_secs` (in ns).
    pub max_output: usize,
    pub max_tasks: usize,
    pub max_virtual_ns: u64,
    /// The runtime's task count at which the live tasks are counted again (`spawn_task`).
    pub task_scan_at: usize,
    pub file_name: String,
    /// tokio's paused clock in nanoseconds (`tokio::time::Instant`, timers).
    pub clock_ns: u64,
    /// Real time as `std::time::Instant` sees it: only blocking (`thread::sleep`) moves it.
    pub std_clock_ns: u64,
    globals: Vec<Option<Value>>,
    reentry: u32,
    /// Live `RefCell` guards of every fiber.
    pub guards: Guards,
    /// Ids for new fibers.
    pub next_fiber: u64,
    /// The simulated tokio runtime.
    pub rt: rt::Runtime,
    /// What the innermost pending future of the current poll waits on.
    pub suspended_on: Option<(String, Pos)>,
    /// Position of the instruction being executed (for errors raised by built-ins).
    pub pos: Pos,
    /// The program has `impl Drop`: destructors are queued and run at instruction boundaries (`drop.rs`).
    pub has_drops: bool,
    /// Destructors running inside destructors.
    pub drop_depth: u32,
    /// Values passed to `std::mem::forget`: never dropped.
    pub leaked: Vec<Value>,
    /// The payload of the panic being raised when it is not the message as a `String`:
    /// `panic!("literal")` (a `&str`), `panic_any(v)`. A task's `JoinError` hands it out.
    pub panic_payload: Option<Value>,
    /// `Options::select_seed` and the non-biased `select!` polls so far (`rt/select.rs`).
    pub select_seed: u64,
    pub select_polls: u64,
    /// The host's progress callback and the step count of its next call (`u64::MAX`: none).
    progress: Option<crate::options::ProgressHook>,
    progress_every: u64,
    next_progress: u64,
}

pub type VmResult<T> = Result<T, Stop>;

impl Vm {
    pub fn new(prog: Program, options: &Options) -> Vm {
        let n_globals = prog.globals.len();
        let has_drops = !prog.drop_impls.is_empty() || prog.counts;
        if has_drops {
            let mut types = vec![false; prog.types.len()];
            for &ty in prog.drop_impls.keys() {
                if let Some(t) = types.get_mut(ty as usize) {
                    *t = true;
                }
            }
            drop::activate(types);
        } else if drop::active() {
            drop::deactivate();
        }
        memory::reset();
        Vm {
            _drop_guard: has_drops.then_some(drop::Guard),
            prog: Rc::new(prog),
            fiber: Fiber::default(),
            stdout: String::new(),
            stderr: String::new(),
            steps: 0,
            max_steps: options.max_steps,
            progress: options.progress.clone(),
            progress_every: options.progress_every.max(1),
            next_progress: if options.progress.is_some() { options.progress_every.max(1) } else { u64::MAX },
            max_depth: options.max_call_depth,
            max_memory: options.max_memory_bytes,
            max_output: options.max_output_bytes,
            max_tasks: options.max_tasks,
            max_virtual_ns: options.max_virtual_time_secs.saturating_mul(1_000_000_000),
            task_scan_at: options.max_tasks,
            file_name: options.file_name.clone(),
            clock_ns: 0,
            std_clock_ns: 0,
            globals: vec![None; n_globals],
            reentry: 0,
            guards: Vec::new(),
            next_fiber: 0,
            rt: rt::Runtime::default(),
            suspended_on: None,
            pos: Pos { line: 1, column: 1 },
            has_drops,
            drop_depth: 0,
            leaked: Vec::new(),
            panic_payload: None,
            select_seed: options.select_seed,
            select_polls: 0,
        }
    }

    /// Run `main` to completion.
    pub fn run_main(&mut self) -> VmResult<Value> {
        let Some(main) = self.prog.main else {
            return Err(Stop::Unsupported { what: "a program without `main`".into(), pos: Pos { line: 1, column: 1 } });
        };
        let v = self.call_fn(main, Vec::new()).map_err(|e| self.unwind(e))?;
        self.run_drops()?;
        // `#[tokio::main] async fn main`: the body is a future to run on the runtime.
        if let Value::Future(_) = v {
            let out = self.block_on(v).map_err(|e| self.unwind(e))?;
            self.run_drops()?;
            return Ok(out);
        }
        Ok(v)
    }

    /// `main` panicked: unwinding drops the live locals, innermost frame first (and, in an
    /// async `main`, then the runtime's remaining tasks), so their destructors print after
    /// the panic message (async/366). A panic inside one of them would abort the process.
    fn unwind(&mut self, e: Stop) -> Stop {
        if !matches!(e, Stop::Panic { .. }) {
            return e;
        }
        drop(std::mem::take(&mut self.fiber));
        match self.run_drops() {
            Ok(()) => e,
            Err(Stop::Panic { pos, .. }) => Stop::Unsupported {
                what: "a panic inside a destructor while unwinding (Rust aborts the process)".into(),
                pos,
            },
            Err(other) => other,
        }
    }

    pub fn panic<T>(&self, msg: impl Into<String>) -> VmResult<T> {
        Err(Stop::Panic { msg: msg.into(), pos: self.pos })
    }

    /// A panic that real Rust reports inside the toolchain's library sources (std functions
    /// that are not `#[track_caller]`), e.g. `i32::abs` overflow at `core/src/num/mod.rs:394:5`.
    /// `site` must be one of [`STD_SITES`]; the position is encoded as line 0 (see [`panic_text`]).
    pub fn panic_in_std<T>(&self, site: &str, msg: impl Into<String>) -> VmResult<T> {
        match STD_SITES.iter().position(|s| *s == site) {
            Some(i) => Err(Stop::Panic { msg: msg.into(), pos: Pos { line: 0, column: i as u32 + 1 } }),
            None => self.unsupported(format!("a panic inside the standard library ({site})")),
        }
    }

    pub fn unsupported<T>(&self, what: impl Into<String>) -> VmResult<T> {
        Err(Stop::Unsupported { what: what.into(), pos: self.pos })
    }

    /// Tell the host how far the run has got (see [`crate::options::Progress`]).
    #[cold]
    fn report_progress(&mut self) {
        self.next_progress = self.steps.saturating_add(self.progress_every);
        if let Some(hook) = &self.progress {
            let progress = crate::options::Progress {
                stdout: self.stdout.clone(),
                virtual_time_ns: self.clock_ns,
                steps: self.steps,
            };
            (hook.0)(&progress);
        }
    }

    pub fn limit<T>(&self, msg: impl Into<String>) -> VmResult<T> {
        Err(Stop::Limit { msg: msg.into(), pos: self.pos })
    }

    /// Refuse containers that would exceed the memory cap (approximate: 32 bytes a value).
    pub fn check_len(&self, len: usize, elem_bytes: usize) -> VmResult<()> {
        if len.saturating_mul(elem_bytes) > self.max_memory {
            return self.memory_limit();
        }
        Ok(())
    }

    /// The host is about to allocate `bytes` for a buffer that [`memory::made`] will enter in
    /// the account: stop first if that would go over the memory limit (`memory.rs`).
    pub fn reserve(&mut self, bytes: usize) -> VmResult<()> {
        if memory::charged().saturating_add(bytes) <= self.max_memory {
            return Ok(());
        }
        let other = self.rt.tasks.len() * memory::TASK_BYTES
            + self.stdout.len()
            + self.stderr.len()
            + self.fiber.slots.len() * memory::VALUE_BYTES;
        let live = memory::measure(other).saturating_add(bytes);
        if live > self.max_memory - self.max_memory / 16 {
            return self.memory_limit();
        }
        Ok(())
    }

    /// A buffer already in the account (or not counted at all) grows by `bytes` in place.
    pub fn alloc(&mut self, bytes: usize) -> VmResult<()> {
        self.reserve(bytes)?;
        memory::charge(bytes);
        Ok(())
    }

    /// Stops a program that printed more than `Options::max_output_bytes`, keeping the output
    /// up to the cap.
    pub fn check_output(&mut self) -> VmResult<()> {
        let total = self.stdout.len() + self.stderr.len();
        if total <= self.max_output {
            return Ok(());
        }
        let keep_err = self.stderr.len().min(self.max_output);
        let mut cut = keep_err;
        while !self.stderr.is_char_boundary(cut) {
            cut -= 1;
        }
        self.stderr.truncate(cut);
        let mut cut = self.max_output - self.stderr.len();
        while !self.stdout.is_char_boundary(cut.min(self.stdout.len())) {
            cut -= 1;
        }
        self.stdout.truncate(cut);
        self.limit(format!(
            "stopped: this program printed more than {} bytes (the output is truncated there); the print here went over",
            fmt_thousands(self.max_output as u64)
        ))
    }

    fn memory_limit<T>(&self) -> VmResult<T> {
        self.limit(format!(
            "stopped: this program used more than {} MB of memory (counted as the grader stores values: {} bytes a `Vec` element, 1 byte a `String` byte); the allocation here went over",
            self.max_memory / (1024 * 1024),
            memory::VALUE_BYTES
        ))
    }

    pub fn name(&self, sym: Sym) -> &str {
        self.prog.name(sym)
    }

    /// Call a function value (closure or fn item) from a built-in, to completion.
    pub fn call_value(&mut self, callee: &Value, args: Vec<Value>) -> VmResult<Value> {
        let mut args = args;
        if let Some(f) = value::entry_of(callee, &mut args) {
            return self.call_fn(f, args);
        }
        match callee {
            Value::PathFn(p) => builtins::call_path(self, *p, args),
            Value::Ref(_) | Value::Cell(_) | Value::Rc(_) => {
                let inner = callee.deref();
                self.call_value(&inner, args)
            }
            other => self.unsupported(format!("calling a value of type {}", value::type_name(&self.prog, other))),
        }
    }

    /// Call a user function from the host, running a nested loop until it returns.
    pub fn call_fn(&mut self, func: FnId, args: Vec<Value>) -> VmResult<Value> {
        if self.reentry >= MAX_REENTRY {
            return self
                .limit(format!("stopped: more than {MAX_REENTRY} nested closure calls inside library functions"));
        }
        let depth = self.fiber.frames.len();
        let ret = self.fiber.slots.len() as u32;
        // A scratch slot for the return value.
        self.fiber.slots.push(Value::Unit);
        self.push_frame(func, args, ret)?;
        self.reentry += 1;
        let saved_pos = self.pos;
        let result = self.run(depth);
        self.reentry -= 1;
        self.pos = saved_pos;
        let result = match result {
            Err(Stop::Pending) => self.unsupported("`.await` inside a closure called by a library function"),
            other => other,
        };
        match result {
            Ok(()) => {
                let v = self.fiber.slots.pop().unwrap_or_default();
                Ok(v)
            }
            Err(e) => {
                // Unwind the frames of this nested call.
                if let Some(f) = self.fiber.frames.get(depth) {
                    let base = f.base as usize;
                    let fid = self.fiber.id;
                    self.guards.retain(|g| g.fiber != fid || g.slot < base);
                    // Top down, as unwinding drops them (innermost frame first).
                    let keep = base.saturating_sub(1);
                    while self.fiber.slots.len() > keep {
                        drop(self.fiber.slots.pop());
                    }
                }
                self.fiber.frames.truncate(depth);
                Err(e)
            }
        }
    }

    /// Pops the current frame, releases its `RefCell` guards and slots, and writes `v` into the
    /// caller's return slot. Returns where to go on (the caller's function, pc and slot base), or
    /// `None` when the popped frame was the last one of the `run` entered at `depth`.
    fn return_to_caller(&mut self, v: Value, depth: usize) -> Option<(FnId, usize, usize)> {
        let frame = self.fiber.frames.pop()?;
        if !self.guards.is_empty() {
            let fiber = self.fiber.id;
            self.guards.retain(|g| g.fiber != fiber || g.slot < frame.base as usize);
        }
        self.pop_slots(frame.base as usize);
        if let Some(s) = self.fiber.slots.get_mut(frame.ret as usize) {
            *s = v;
        }
        if self.fiber.frames.len() <= depth {
            return None;
        }
        let caller = self.fiber.frames.last()?;
        Some((caller.func, caller.pc as usize, caller.base as usize))
    }

    fn push_frame(&mut self, func: FnId, args: Vec<Value>, ret: u32) -> VmResult<()> {
        if self.fiber.frames.len() >= self.max_depth {
            return self.limit(format!(
                "stopped after {} nested calls — is there a recursion that never ends?",
                fmt_thousands(self.max_depth as u64)
            ));
        }
        let Some(f) = self.prog.fns.get(func as usize) else {
            return self.unsupported("calling an unknown function");
        };
        let base = self.fiber.slots.len();
        let n_slots = f.n_slots as usize;
        self.check_len(base + n_slots, 32)?;
        let mut args = args.into_iter();
        for _ in 0..n_slots {
            self.fiber.slots.push(args.next().unwrap_or_default());
        }
        self.fiber.frames.push(Frame { func, pc: 0, base: base as u32, ret });
        Ok(())
    }

    /// Execute until the frame stack is back to `depth` frames.
    pub fn run(&mut self, depth: usize) -> VmResult<()> {
        let prog = self.prog.clone();
        let (mut func, mut pc, mut base) = match self.fiber.frames.last() {
            Some(f) => (f.func, f.pc as usize, f.base as usize),
            None => return Ok(()),
        };
        let mut code: &[Instr] = &prog.fns[func as usize].code;
        let mut consts: &[ir::Const] = &prog.fns[func as usize].consts;
        macro_rules! slot {
            ($s:expr) => {
                self.fiber.slots[base + $s as usize]
            };
        }
        macro_rules! set_pos {
            () => {
                self.pos = prog.fns[func as usize].pos.get(pc).copied().unwrap_or_default();
            };
        }
        macro_rules! try_vm {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(err) => {
                        if let Some(f) = self.fiber.frames.last_mut() {
                            f.pc = pc as u32;
                        }
                        return Err(err);
                    }
                }
            };
        }
        macro_rules! enter {
            ($f:expr, $args:expr, $ret:expr) => {{
                if let Some(fr) = self.fiber.frames.last_mut() {
                    fr.pc = pc as u32 + 1;
                }
                set_pos!();
                try_vm!(self.push_frame($f, $args, $ret));
                func = $f;
                pc = 0;
                base = self.fiber.frames.last().map(|f| f.base as usize).unwrap_or(0);
                code = &prog.fns[func as usize].code;
                consts = &prog.fns[func as usize].consts;
                continue;
            }};
        }
        // Leave the current frame with its return value (`return`, and `?` on an error) and go on
        // in the caller, or end this `run` when the frame was the one it was entered with.
        macro_rules! return_to_caller {
            ($v:expr) => {{
                let Some((f, p, b)) = self.return_to_caller($v, depth) else { return Ok(()) };
                func = f;
                pc = p;
                base = b;
                code = &prog.fns[func as usize].code;
                consts = &prog.fns[func as usize].consts;
                continue;
            }};
        }
        loop {
            // Destructors due since the last instruction run now (a user call on this fiber).
            if self.has_drops && drop::pending() {
                set_pos!();
                self.save_pc(pc);
                try_vm!(self.run_drops());
            }
            self.steps += 1;
            if self.steps >= self.next_progress {
                self.report_progress();
            }
            if self.steps > self.max_steps {
                set_pos!();
                let msg =
                    format!("stopped after {} steps — is there a loop that never ends?", fmt_thousands(self.max_steps));
                try_vm!(self.limit(msg));
            }
            // Buffers made since the last check were charged without one.
            if self.steps & 0xfff == 0 {
                set_pos!();
                try_vm!(self.reserve(0));
            }
            let Some(instr) = code.get(pc) else {
                set_pos!();
                try_vm!(self.unsupported("running past the end of a function"));
                unreachable!()
            };
            match instr {
                Instr::Const { dst, idx } => {
                    let v = match &consts[*idx as usize] {
                        ir::Const::Unit => Value::Unit,
                        ir::Const::Bool(b) => Value::Bool(*b),
                        ir::Const::Int(v, t) => Value::Int(*v, *t),
                        ir::Const::Float(v, t) => Value::Float(*v, *t),
                        ir::Const::Char(c) => Value::Char(*c),
                        ir::Const::Str(s) => Value::Str(s.clone()),
                    };
                    slot!(*dst) = v;
                }
                Instr::Copy { dst, src } => {
                    let v = copy_read(&prog, &slot!(*src));
                    slot!(*dst) = v;
                }
                Instr::Move { dst, src } => {
                    let v = slot!(*src).clone();
                    slot!(*dst) = v;
                }
                Instr::NewCell { slot } => {
                    slot!(*slot) = Value::Cell(shared(Value::Unit));
                }
                Instr::LoadCell { dst, cell } => {
                    let v = match &slot!(*cell) {
                        Value::Cell(c) => c.borrow().clone(),
                        other => other.clone(),
                    };
                    slot!(*dst) = v;
                }
                Instr::StoreCell { cell, src } => {
                    let v = slot!(*src).clone();
                    match &slot!(*cell) {
                        Value::Cell(c) => *c.borrow_mut() = v,
                        _ => slot!(*cell) = Value::Cell(shared(v)),
                    }
                }
                Instr::Binary { op, dst, a, b } => {
                    let r = match (&slot!(*a), &slot!(*b)) {
                        (Value::Int(x, tx), Value::Int(y, ty)) if tx == ty => ops::int_binop(*op, *x, *y, *tx),
                        (Value::Float(x, tx), Value::Float(y, _)) => Ok(ops::float_binop(*op, *x, *y, *tx)),
                        (x, y) => {
                            let (x, y) = (x.clone(), y.clone());
                            set_pos!();
                            self.save_pc(pc);
                            if let (Value::String(buf), ir::BinOp::Add) = (&x, op) {
                                try_vm!(builtins::string::grow_string(self, buf, text_bytes(std::slice::from_ref(&y))));
                            }
                            match ops::user_binop(self, *op, &x, &y) {
                                Some(r) => Ok(try_vm!(r)),
                                None => ops::binop(*op, &x, &y, &prog),
                            }
                        }
                    };
                    match r {
                        Ok(v) => slot!(*dst) = v,
                        Err(msg) => {
                            set_pos!();
                            try_vm!(ops::op_error::<()>(self, msg));
                        }
                    }
                }
                Instr::Unary { op, dst, src } => {
                    let v = slot!(*src).clone();
                    set_pos!();
                    self.save_pc(pc);
                    let r = match ops::user_unop(self, *op, &v) {
                        Some(r) => Ok(try_vm!(r)),
                        None => ops::unop(*op, &v),
                    };
                    match r {
                        Ok(v) => slot!(*dst) = v,
                        Err(msg) => {
                            set_pos!();
                            if ops::is_unsupported(&msg) {
                                try_vm!(self.unsupported(msg.trim_start_matches("unsupported: ").to_string()));
                            }
                            try_vm!(self.panic(msg));
                        }
                    }
                }
                Instr::Cast { dst, src, to } => {
                    let r = ops::cast(&slot!(*src), *to, &prog);
                    match r {
                        Ok(v) => slot!(*dst) = v,
                        Err(msg) => {
                            set_pos!();
                            try_vm!(self.unsupported(msg));
                        }
                    }
                }
                Instr::Jump { target } => {
                    pc = *target as usize;
                    continue;
                }
                Instr::JumpIf { cond, target } => {
                    if truthy(&slot!(*cond)) {
                        pc = *target as usize;
                        continue;
                    }
                }
                Instr::JumpIfNot { cond, target } => {
                    if !truthy(&slot!(*cond)) {
                        pc = *target as usize;
                        continue;
                    }
                }
                Instr::Call { dst, func: f, args, n } => {
                    let argv: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    let ret = (base + *dst as usize) as u32;
                    enter!(*f, argv, ret);
                }
                Instr::CallValue { dst, callee, args, n } => {
                    let callee = slot!(*callee).deref();
                    let mut argv: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    let ret = (base + *dst as usize) as u32;
                    if let Some(f) = value::entry_of(&callee, &mut argv) {
                        enter!(f, argv, ret);
                    }
                    match callee {
                        Value::PathFn(p) => {
                            set_pos!();
                            self.save_pc(pc);
                            let v = try_vm!(builtins::call_path(self, p, argv));
                            slot!(*dst) = v;
                        }
                        other => {
                            set_pos!();
                            try_vm!(self
                                .unsupported(format!("calling a value of type {}", value::type_name(&prog, &other))));
                        }
                    }
                }
                Instr::CallMethod { dst, name, args, n } => {
                    let recv = &slot!(*args);
                    if let Some(f) = user_method(&prog, recv, *name) {
                        let argv: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                        let ret = (base + *dst as usize) as u32;
                        enter!(f, argv, ret);
                    }
                    let argv: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    set_pos!();
                    self.save_pc(pc);
                    let v = try_vm!(builtins::call_method(self, *name, argv));
                    slot!(*dst) = v;
                }
                Instr::CallPath { dst, path, args, n } => {
                    let argv: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    set_pos!();
                    self.save_pc(pc);
                    let v = try_vm!(builtins::call_path(self, *path, argv));
                    slot!(*dst) = v;
                }
                Instr::Return { src } => {
                    let v = std::mem::take(&mut slot!(*src));
                    return_to_caller!(v);
                }
                Instr::MakeObj { dst, ty, variant, args, n } => {
                    let fields: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    slot!(*dst) = Value::obj(*ty, *variant, fields);
                }
                Instr::MakeVec { dst, args, n } => {
                    let items: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    slot!(*dst) = Value::vec(items);
                }
                Instr::VecRepeat { dst, value, count } => {
                    let v = slot!(*value).clone();
                    let n = slot!(*count).as_int().unwrap_or(0).max(0) as usize;
                    set_pos!();
                    try_vm!(self.check_len(n, memory::VALUE_BYTES));
                    try_vm!(self.reserve(n.saturating_mul(memory::VALUE_BYTES)));
                    let items: Vec<Value> = match &v {
                        Value::Int(..)
                        | Value::Bool(_)
                        | Value::Float(..)
                        | Value::Char(_)
                        | Value::Unit
                        | Value::Str(_) => vec![v; n],
                        _ => (0..n).map(|_| value::deep_clone(&v)).collect(),
                    };
                    slot!(*dst) = Value::vec(items);
                }
                Instr::MakeRange { dst, lo, hi, kind } => {
                    let r = value::RangeValue { lo: slot!(*lo).deref(), hi: slot!(*hi).deref(), kind: *kind };
                    slot!(*dst) = Value::Range(Rc::new(r));
                }
                Instr::MakeClosure { dst, func: f, args, n } => {
                    let captures: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    slot!(*dst) = Value::Closure(Rc::new(value::Closure { func: *f, captures }));
                }
                Instr::FnValue { dst, func: f } => {
                    slot!(*dst) = Value::Func(*f);
                }
                Instr::Field { dst, obj, idx } => {
                    let v = match &slot!(*obj) {
                        Value::Obj(o) => o.borrow().fields.get(*idx as usize).cloned(),
                        other => ops::field(&other.deref(), *idx),
                    };
                    match v {
                        Some(v) => slot!(*dst) = v,
                        None => {
                            set_pos!();
                            try_vm!(self.unsupported("this field access"));
                        }
                    }
                }
                Instr::FieldByName { dst, obj, name } => {
                    let o = slot!(*obj).deref();
                    set_pos!();
                    let v = try_vm!(ops::field_by_name(self, &o, *name));
                    slot!(*dst) = v;
                }
                Instr::SetField { obj, idx, src } => {
                    let v = slot!(*src).clone();
                    let target = slot!(*obj).deref();
                    let ok = match &target {
                        Value::Obj(o) => match o.borrow_mut().fields.get_mut(*idx as usize) {
                            Some(f) => {
                                *f = v;
                                true
                            }
                            None => false,
                        },
                        _ => false,
                    };
                    if !ok {
                        set_pos!();
                        try_vm!(self.unsupported("this field assignment"));
                    }
                }
                Instr::SetFieldByName { obj, name, src } => {
                    let v = slot!(*src).clone();
                    let target = slot!(*obj).deref();
                    set_pos!();
                    let idx = try_vm!(ops::field_index(self, &target, *name));
                    if let Value::Obj(o) = &target {
                        if let Some(f) = o.borrow_mut().fields.get_mut(idx) {
                            *f = v;
                        }
                    }
                }
                Instr::Index { dst, obj, idx } => {
                    let fast = match (&slot!(*obj), &slot!(*idx)) {
                        (Value::Vec(items), Value::Int(i, _)) => {
                            items.borrow().get(*i as usize).cloned().filter(|_| *i >= 0)
                        }
                        _ => None,
                    };
                    match fast {
                        Some(v) => slot!(*dst) = v,
                        None => {
                            let (o, i) = (slot!(*obj).clone(), slot!(*idx).clone());
                            set_pos!();
                            let v = try_vm!(ops::index(self, &o, &i));
                            slot!(*dst) = v;
                        }
                    }
                }
                Instr::SetIndex { obj, idx, src } => {
                    let v = slot!(*src).clone();
                    let done = match (&slot!(*obj), &slot!(*idx)) {
                        (Value::Vec(items), Value::Int(i, _)) if *i >= 0 => {
                            match items.borrow_mut().get_mut(*i as usize) {
                                // An element of a `&mut [T]` view writes through (`ops::set_index`).
                                Some(s) if !matches!(s, Value::Ref(Place::Elem(..))) => {
                                    *s = v.clone();
                                    true
                                }
                                _ => false,
                            }
                        }
                        _ => false,
                    };
                    if !done {
                        let (o, i) = (slot!(*obj).clone(), slot!(*idx).clone());
                        set_pos!();
                        try_vm!(ops::set_index(self, &o, &i, v));
                    }
                }
                Instr::RefCell { dst, cell } => {
                    let v = match &slot!(*cell) {
                        Value::Cell(c) => Value::Ref(Place::Cell(c.clone())),
                        other => other.clone(),
                    };
                    slot!(*dst) = v;
                }
                Instr::RefField { dst, obj, idx } => {
                    let v = match slot!(*obj).deref() {
                        Value::Obj(o) => Value::Ref(Place::Field(o, *idx)),
                        other => other,
                    };
                    slot!(*dst) = v;
                }
                Instr::RefFieldByName { dst, obj, name } => {
                    let o = slot!(*obj).deref();
                    set_pos!();
                    let idx = try_vm!(ops::field_index(self, &o, *name));
                    let v = match o {
                        Value::Obj(o) => Value::Ref(Place::Field(o, idx as u32)),
                        other => other,
                    };
                    slot!(*dst) = v;
                }
                Instr::RefIndex { dst, obj, idx } => {
                    let (o, i) = (slot!(*obj).deref(), slot!(*idx).deref());
                    set_pos!();
                    let v = try_vm!(ops::ref_index(self, &o, &i));
                    slot!(*dst) = v;
                }
                Instr::Deref { dst, src } => {
                    let v = match &slot!(*src) {
                        Value::Ref(p) => p.get().unwrap_or_default(),
                        Value::Cell(c) => c.borrow().clone(),
                        Value::Rc(v) => (**v).clone(),
                        other => other.clone(),
                    };
                    slot!(*dst) = v;
                }
                Instr::StoreDeref { dst, src } => {
                    let v = slot!(*src).clone();
                    let target = slot!(*dst).clone();
                    set_pos!();
                    try_vm!(ops::store_deref(self, &target, v));
                }
                Instr::IsVariant { dst, src, ty, variant } => {
                    let r = match &slot!(*src) {
                        Value::Obj(o) => {
                            let o = o.borrow();
                            o.variant == *variant && o.ty == *ty
                        }
                        other => match other.deref() {
                            Value::Obj(o) => {
                                let o = o.borrow();
                                o.variant == *variant && o.ty == *ty
                            }
                            _ => false,
                        },
                    };
                    slot!(*dst) = Value::Bool(r);
                }
                Instr::ObjField { dst, src, idx } => {
                    let v = match &slot!(*src) {
                        Value::Obj(o) => o.borrow().fields.get(*idx as usize).cloned(),
                        // Matching through `&mut` binds references to the fields.
                        Value::Ref(_) => match slot!(*src).deref_ref() {
                            Value::Obj(o) if (*idx as usize) < o.borrow().fields.len() => {
                                Some(Value::Ref(Place::Field(o, *idx)))
                            }
                            other => ops::field(&other, *idx),
                        },
                        other => ops::field(&other.deref(), *idx),
                    };
                    match v {
                        Some(v) => slot!(*dst) = v,
                        None => {
                            set_pos!();
                            try_vm!(self.unsupported("destructuring this value"));
                        }
                    }
                }
                Instr::ObjFieldRef { dst, src, idx } => {
                    let v = match slot!(*src).deref() {
                        Value::Obj(o) => Value::Ref(Place::Field(o, *idx)),
                        other => ops::field(&other, *idx).unwrap_or_default(),
                    };
                    slot!(*dst) = v;
                }
                Instr::Len { dst, src } => {
                    let n = match slot!(*src).deref() {
                        Value::Vec(v) => v.borrow().len(),
                        Value::Deque(v) => v.borrow().len(),
                        _ => 0,
                    };
                    slot!(*dst) = Value::usize(n);
                }
                Instr::InRange { dst, src, lo, hi, inclusive } => {
                    let v = slot!(*src).deref();
                    let lo_ok = slot!(*lo).is_unit() || value::compare(&slot!(*lo), &v) != std::cmp::Ordering::Greater;
                    let hi_v = &slot!(*hi);
                    let hi_ok = hi_v.is_unit()
                        || match value::compare(&v, hi_v) {
                            std::cmp::Ordering::Less => true,
                            std::cmp::Ordering::Equal => *inclusive,
                            std::cmp::Ordering::Greater => false,
                        };
                    slot!(*dst) = Value::Bool(lo_ok && hi_ok);
                }
                Instr::IntoIter { dst, src } => {
                    let v = slot!(*src).clone();
                    set_pos!();
                    let it = try_vm!(builtins::iter::into_iter(self, v));
                    slot!(*dst) = it;
                }
                Instr::ForNext { dst, iter, done } => {
                    let it = slot!(*iter).clone();
                    // Fast path: integer ranges.
                    if let Value::Iter(cell) = &it {
                        if let builtins::iter::Iter::Range { next, end, ty } = &mut *cell.borrow_mut() {
                            if *next < *end {
                                let v = *next;
                                *next += 1;
                                slot!(*dst) = Value::Int(v, *ty);
                                pc += 1;
                                continue;
                            } else {
                                pc = *done as usize;
                                continue;
                            }
                        }
                    }
                    set_pos!();
                    self.save_pc(pc);
                    match try_vm!(builtins::iter::next(self, &it)) {
                        Some(v) => slot!(*dst) = v,
                        None => {
                            pc = *done as usize;
                            continue;
                        }
                    }
                }
                Instr::Format { dst, fmt, args, n } => {
                    let argv: Vec<Value> = (0..*n).map(|i| slot!(*args + i).clone()).collect();
                    set_pos!();
                    self.save_pc(pc);
                    try_vm!(self.reserve(text_bytes(&argv)));
                    let s = try_vm!(format::format(self, *fmt, &argv));
                    slot!(*dst) = Value::string(s);
                }
                Instr::Print { fmt, args, n, stream } => {
                    let argv: Vec<Value> = (0..*n).map(|i| slot!(*args + i).clone()).collect();
                    set_pos!();
                    self.save_pc(pc);
                    let s = try_vm!(format::format(self, *fmt, &argv));
                    match stream {
                        ir::Stream::Stdout => {
                            // Every line printed on the runtime is a mark on the timeline (and a
                            // detached task's output is evidence for `joinhandle_drop_is_not_cancel`).
                            if self.rt.active {
                                let (now, cur, line) = (self.clock_ns, self.rt.current, self.pos.line);
                                self.rt.event(now, cur, TraceKind::Printed, Some(line), s.trim_end().to_string());
                            }
                            self.stdout.push_str(&s)
                        }
                        ir::Stream::Stderr => self.stderr.push_str(&s),
                    }
                    try_vm!(self.check_output());
                }
                Instr::Panic { msg } => {
                    let m = slot!(*msg).to_str().unwrap_or_default();
                    self.panic_payload = match &slot!(*msg) {
                        v @ Value::Str(_) => Some(v.clone()),
                        _ => None,
                    };
                    set_pos!();
                    try_vm!(self.panic(m));
                }
                Instr::Try { dst, src, err_into } => {
                    let v = slot!(*src).deref();
                    let (ok, inner, ty) = match &v {
                        Value::Obj(o) => {
                            let o = o.borrow();
                            let is_ok =
                                (o.ty == ir::OPTION && o.variant == 1) || (o.ty == ir::RESULT && o.variant == 0);
                            (is_ok, o.fields.first().cloned(), o.ty)
                        }
                        _ => (false, None, 0),
                    };
                    if ok {
                        slot!(*dst) = inner.unwrap_or_default();
                    } else {
                        let ret_val = if ty == ir::RESULT {
                            let err = inner.unwrap_or_default();
                            let err = match err_into {
                                Some(target) => {
                                    set_pos!();
                                    self.save_pc(pc);
                                    try_vm!(self.convert_error(err, *target))
                                }
                                None => err,
                            };
                            Value::err(err)
                        } else {
                            Value::none()
                        };
                        // Return from the current frame.
                        return_to_caller!(ret_val);
                    }
                }
                Instr::Global { dst, idx } => {
                    let i = *idx as usize;
                    let cached = self.globals.get(i).cloned().flatten();
                    let v = match cached {
                        Some(v) => v,
                        None => {
                            let Some(&f) = prog.globals.get(i) else {
                                set_pos!();
                                try_vm!(self.unsupported("this constant"));
                                unreachable!()
                            };
                            set_pos!();
                            self.save_pc(pc);
                            let v = try_vm!(self.call_fn(f, Vec::new()));
                            if let Some(g) = self.globals.get_mut(i) {
                                *g = Some(v.clone());
                            }
                            v
                        }
                    };
                    let is_const = prog
                        .fns
                        .get(prog.globals.get(i).copied().unwrap_or(0) as usize)
                        .map(|f| f.name.starts_with("const "))
                        .unwrap_or(true);
                    slot!(*dst) = if is_const { value::deep_clone(&v) } else { v };
                }
                Instr::Guard { slot, mutable } => {
                    let abs = base + *slot as usize;
                    let fid = self.fiber.id;
                    self.guards.retain(|g| g.fiber != fid || g.slot != abs);
                    if let Value::Ref(Place::Cell(c)) = &slot!(*slot) {
                        self.guards.push(Guard {
                            cell: std::rc::Rc::as_ptr(c) as usize,
                            mutable: *mutable,
                            slot: abs,
                            fiber: fid,
                            line: self.pos.line,
                        });
                    }
                }
                Instr::Unguard { slot } => {
                    let abs = base + *slot as usize;
                    if !self.guards.is_empty() {
                        let fid = self.fiber.id;
                        self.guards.retain(|g| g.fiber != fid || g.slot != abs);
                    }
                }
                Instr::Retype { slot, ty } => {
                    if let Value::Int(v, t) = &mut slot!(*slot) {
                        if *v >= ir::IntTy::min(*ty) && *v <= ir::IntTy::max(*ty) {
                            *t = *ty;
                        }
                    }
                }
                Instr::PathFn { dst, path } => {
                    slot!(*dst) = Value::PathFn(*path);
                }
                Instr::ElemOf { dst, src, idx } => {
                    let (o, i) = (slot!(*src).clone(), slot!(*idx).clone());
                    set_pos!();
                    let v = match &o {
                        Value::Ref(_) => try_vm!(ops::ref_index(self, &o.deref_ref(), &i)),
                        _ => try_vm!(ops::index(self, &o, &i)),
                    };
                    slot!(*dst) = v;
                }
                Instr::MakeFuture { dst, callee, args, n } => {
                    // The callee slot is a temporary: the future owns the closure (and its captures) now.
                    let callee = std::mem::take(&mut slot!(*callee));
                    let argv: Vec<Value> = (0..*n).map(|i| std::mem::take(&mut slot!(*args + i))).collect();
                    // (Not `set_pos!`: the position of the last call stays where drops are noticed.)
                    let origin =
                        rt::future::Origin { at: prog.fns[func as usize].pos.get(pc).copied().unwrap_or_default() };
                    // Made where the async fn was called (the caller's line), or here for an `async` block.
                    let made = match &callee {
                        Value::Func(f) if prog.fns[*f as usize].name.ends_with(" (async body)") => {
                            rt::notice::Made { body: Some(*f), line: self.caller_line().unwrap_or(0), armed: true }
                        }
                        _ => rt::notice::Made { body: None, line: origin.at.line, armed: true },
                    };
                    slot!(*dst) = rt::future::future(rt::Fut::Lazy { callee, args: argv, origin, made });
                }
                Instr::Await { dst, src } => {
                    let fut = slot!(*src).clone();
                    // A fresh async fn / block runs inline, like a call: no host recursion.
                    if let Some((callee, mut argv)) = rt::future::take_lazy(&fut) {
                        let ret = (base + *dst as usize) as u32;
                        if let Some(f) = value::entry_of(&callee, &mut argv) {
                            enter!(f, argv, ret);
                        }
                        set_pos!();
                        try_vm!(self.unsupported("this kind of future"));
                    }
                    set_pos!();
                    self.save_pc(pc);
                    match try_vm!(rt::poll(self, &fut)) {
                        rt::Poll::Ready(v) => slot!(*dst) = v,
                        rt::Poll::Pending => {
                            // Resume at this instruction: the next poll re-polls the same future.
                            try_vm!(Err(Stop::Pending));
                        }
                    }
                }
                Instr::MoveOut { slot, owned } => {
                    let drops = self.has_drops && *owned;
                    let owned = match &slot!(*slot) {
                        Value::Cell(c) => {
                            let owns =
                                rt::owns_resource(&c.borrow()) || (drops && drop::needs_drop(&prog, &c.borrow()));
                            if owns {
                                let old = std::mem::take(&mut *c.borrow_mut());
                                drop(old);
                            }
                            false
                        }
                        v => rt::owns_resource(v) || (drops && drop::needs_drop(&prog, v)),
                    };
                    if owned {
                        slot!(*slot) = Value::Unit;
                    }
                }
                Instr::ForgetAlias { slot, of } => {
                    let same = match (&slot!(*slot), &slot!(*of)) {
                        (Value::Rt(a), Value::Rt(b)) => Rc::ptr_eq(a, b),
                        (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
                        _ => false,
                    };
                    if same && rt::owns_resource(&slot!(*of)) {
                        slot!(*slot) = Value::Unit;
                    }
                }
                Instr::MoveOutField { obj, idx, name } => {
                    // Only a field of the object itself (through `&mut` and cells, not an `Rc`).
                    if let Value::Obj(o) = slot!(*obj).deref_ref() {
                        let idx = if *idx == u32::MAX {
                            let fname = prog.name(*name);
                            let o = o.borrow();
                            value::field_names(&prog, o.ty, o.variant)
                                .and_then(|(_, fields, _)| fields.iter().position(|f| f == fname))
                        } else {
                            Some(*idx as usize)
                        };
                        let moved = idx.and_then(|i| {
                            let o = o.borrow();
                            let v = o.fields.get(i)?;
                            (rt::owns_resource(v) || (self.has_drops && drop::needs_drop(&prog, v))).then_some(i)
                        });
                        if let Some(i) = moved {
                            let old = std::mem::take(&mut o.borrow_mut().fields[i]);
                            drop(old);
                        }
                    }
                }
                Instr::ClearSlots { from, n } => {
                    // Rust drops locals and temporaries in reverse order.
                    for i in (0..*n).rev() {
                        slot!(*from + i) = Value::Unit;
                    }
                    if rt::notice::pending() {
                        let line = self.pos.line;
                        self.record_notices(Some(line));
                    }
                }
                Instr::Unreachable { msg } => {
                    set_pos!();
                    let m = prog.messages.get(*msg as usize).cloned().unwrap_or_default();
                    try_vm!(self.unsupported(m));
                }
            }
            pc += 1;
        }
    }

    /// Drop a returning frame's slots, top first (Rust drops locals in reverse declaration order).
    fn pop_slots(&mut self, base: usize) {
        if self.has_drops {
            while self.fiber.slots.len() > base {
                let v = self.fiber.slots.pop();
                drop(v);
            }
        } else {
            self.fiber.slots.truncate(base);
        }
    }

    fn save_pc(&mut self, pc: usize) {
        if let Some(f) = self.fiber.frames.last_mut() {
            f.pc = pc as u32;
        }
    }

    /// `?`'s `From::from` into the function's error type.
    fn convert_error(&mut self, err: Value, target: ir::TypeId) -> VmResult<Value> {
        let key = type_key(&err);
        if key == TypeKey::Adt(target) {
            return Ok(err);
        }
        match self.prog.from_impls.get(&(target, key)).copied() {
            Some(f) => self.call_fn(f, vec![err]),
            None => Ok(err),
        }
    }
}

#[inline]
fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        other => other.as_bool().unwrap_or(false),
    }
}

/// The run-time type a method call dispatches on.
pub fn type_key(v: &Value) -> TypeKey {
    match v {
        Value::Obj(o) => TypeKey::Adt(o.borrow().ty),
        Value::Int(_, t) => TypeKey::Int(*t),
        Value::Float(_, t) => TypeKey::Float(*t),
        Value::Bool(_) => TypeKey::Bool,
        Value::Char(_) => TypeKey::Char,
        Value::Str(_) => TypeKey::Str,
        Value::String(_) => TypeKey::String,
        Value::Vec(_) => TypeKey::Vec,
        Value::Map(_) => TypeKey::Map,
        Value::Set(_) => TypeKey::Set,
        Value::Unit => TypeKey::Unit,
        Value::Closure(_) | Value::Func(_) => TypeKey::Closure,
        Value::Ref(_) | Value::Cell(_) => type_key(&v.deref_ref()),
        _ => TypeKey::Any,
    }
}

/// A user method for this receiver, if any (through references and `Rc`/`Box`).
pub fn user_method(prog: &Program, recv: &Value, name: Sym) -> Option<FnId> {
    if prog.methods.is_empty() {
        return None;
    }
    let key = type_key(recv);
    if let Some(&f) = prog.methods.get(&(key, name)) {
        return Some(f);
    }
    if let Value::Rc(inner) = recv.deref_ref() {
        if prog.name(name) != "clone" {
            return user_method(prog, &inner, name);
        }
        return None;
    }
    if key == TypeKey::Str || key == TypeKey::String {
        let other = if key == TypeKey::Str { TypeKey::String } else { TypeKey::Str };
        if let Some(&f) = prog.methods.get(&(other, name)) {
            return Some(f);
        }
    }
    if !matches!(recv.deref_ref(), Value::Interior(..)) {
        if let Some(&f) = prog.methods.get(&(TypeKey::Any, name)) {
            return Some(f);
        }
    }
    None
}

/// What Rust writes to stderr for a panic on the main thread; only the
/// process's first panic adds the backtrace note.
pub fn panic_text(file_name: &str, pos: Pos, msg: &str, first: bool) -> String {
    let note =
        if first { "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n" } else { "" };
    if pos.line == 0 {
        if let Some(site) = STD_SITES.get((pos.column as usize).wrapping_sub(1)) {
            return format!("\nthread 'main' panicked at {STD_SOURCE}/{site}:\n{msg}\n{note}");
        }
    }
    format!("\nthread 'main' panicked at {file_name}:{}:{}:\n{msg}\n{note}", pos.line, pos.column)
}

/// The library sources of the oracle's toolchain (rustc 1.95.0), as panics inside std name them.
pub const STD_SOURCE: &str = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library";

/// Panic locations inside std that the grader reproduces (measured with the oracle's rustc;
/// a new toolchain moves them: re-measure with a `catch_unwind` probe printing `Location`).
pub const STD_SITES: &[&str] = &[
    // `abs` (negate) and `pow` (multiply) overflow of each signed type: i8, i16, i32, i64, i128, isize.
    "core/src/num/mod.rs:346:5",
    "core/src/num/mod.rs:370:5",
    "core/src/num/mod.rs:394:5",
    "core/src/num/mod.rs:418:5",
    "core/src/num/mod.rs:442:5",
    "core/src/num/mod.rs:519:5",
    // `pow` overflow of u8, u16, u32, u64, u128, usize.
    "core/src/num/mod.rs:546:5",
    "core/src/num/mod.rs:1188:5",
    "core/src/num/mod.rs:1243:5",
    "core/src/num/mod.rs:1274:5",
    "core/src/num/mod.rs:1305:5",
    "core/src/num/mod.rs:1400:5",
    // `Iterator::sum` / `product` overflow of any integer type.
    "core/src/iter/traits/accum.rs:204:1",
    // `char::from_digit` with a radix above 36.
    "core/src/char/convert.rs:332:9",
    // `str::split_at` at an index past the end or inside a character.
    "core/src/str/mod.rs:849:21",
    // `Vec::swap_remove` out of range.
    "alloc/src/vec/mod.rs:2202:13",
    // `Vec::drain`/`String::drain` ranges (core's `slice::range`): an end past the length;
    // a start past the length or after the end.
    "core/src/slice/index.rs:1020:51",
    "core/src/slice/index.rs:1031:55",
    // `step_by(0)`.
    "core/src/iter/adapters/step_by.rs:35:9",
    // `slice::range` with an inclusive end of `usize::MAX` (`drain(..=usize::MAX)`, sync/423).
    "core/src/slice/index.rs:1016:52",
    // `rotate_left`/`rotate_right` past the length: slices (sync/401-402), then VecDeque (sync/403, 445).
    "core/src/slice/mod.rs:3885:9",
    "core/src/slice/mod.rs:3931:9",
    "alloc/src/collections/vec_deque/mod.rs:2986:9",
    "alloc/src/collections/vec_deque/mod.rs:3029:9",
    // `VecDeque::insert` past the length (sync/437), `VecDeque::swap` with `j` out of range (sync/438).
    "alloc/src/collections/vec_deque/mod.rs:2431:9",
    "alloc/src/collections/vec_deque/mod.rs:972:9",
    // Duration `+`, `-`, `*` overflow, `from_secs_f64`/`mul_f64` out of range, `Duration::new` overflow
    // (sync/414-420, 443); `Instant + Duration` overflow (sync/439).
    "core/src/time.rs:1181:31",
    "core/src/time.rs:1201:31",
    "core/src/time.rs:1221:31",
    "core/src/time.rs:962:23",
    "core/src/time.rs:201:18",
    "std/src/time.rs:429:33",
    // `char::to_digit`/`is_digit` with a radix outside 2..=36 (sync/435, 448).
    "core/src/char/methods.rs:403:9",
    // `from_str_radix` with a radix outside 2..=36: signed types (sync/446), unsigned types (sync/440).
    "core/src/num/mod.rs:1801:1",
    "core/src/num/mod.rs:1802:1",
    // `BTreeSet::range` / `BTreeMap::range` with start > end (sync/447, 436).
    "alloc/src/collections/btree/search.rs:119:21",
    "alloc/src/collections/btree/search.rs:121:21",
    // "capacity overflow": `with_capacity` (sync/431-432), then `repeat` (sync/433).
    "alloc/src/raw_vec/mod.rs:28:5",
    "alloc/src/slice.rs:523:50",
];

/// Where `abs`/`pow` of this integer type panic on overflow.
pub fn std_num_site(t: ir::IntTy) -> &'static str {
    use ir::IntTy::*;
    STD_SITES[match t {
        I8 => 0,
        I16 => 1,
        I32 => 2,
        I64 => 3,
        I128 => 4,
        Isize => 5,
        U8 => 6,
        U16 => 7,
        U32 => 8,
        U64 => 9,
        U128 => 10,
        Usize => 11,
    }]
}

/// The bytes of the strings among `args` (what formatting them at least allocates).
fn text_bytes(args: &[Value]) -> usize {
    args.iter()
        .map(|a| match a.deref_ref() {
            Value::String(s) => s.try_borrow().map_or(0, |s| s.len()),
            Value::Str(s) => s.len(),
            _ => 0,
        })
        .sum()
}

pub fn fmt_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
