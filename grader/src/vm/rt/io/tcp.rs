//! `tokio::net` on a simulated loopback: `TcpListener`, `TcpStream` and its halves, and the I/O
//! driver that reports their readiness, as tokio 1.54 over Linux epoll does.
//!
//! The kernel side is synchronous, as loopback is: a `connect` puts the connection in the
//! listener's accept queue at once, a write puts its bytes in the peer's receive buffer, a
//! `shutdown` or a drop delivers the end of the stream. Each of these queues the socket that
//! became ready on epoll's ready list (once: an item already queued keeps its place).
//!
//! tokio learns of readiness only when the driver runs (`Vm::io_turn`, at every park and
//! `park_yield`): each queued item, in order, reports what is true of its socket now (readable:
//! bytes or the peer's end; writable: always), is added to the socket's cached readiness, and wakes
//! the reader, then the writer, then the accept waiters. Until then a task finds the cached
//! readiness: a connected stream starts with none (its first read waits for the driver), an
//! accepted one starts readable and writable (tokio's `new_accepted`); a read that finds no bytes,
//! or fewer than it asked for, clears readability, so the next read waits for the driver again.
//! With the paused clock, a park does not move the clock when a task was scheduled since the
//! last park that could (tokio's `did_wake`, `Runtime::did_wake`), the driver's wakes included.
//!
//! Buffers: loopback takes megabytes before a write waits (measured: 3.9 MB, and one write of
//! 1 MiB at once), and how much depends on the kernel; so a write never waits here, and more than
//! `MAX_UNREAD` bytes unread on one connection is refused. Refused as well: what depends on the
//! kernel's or the OS's choices (ephemeral port numbers, resets), and the parts not modelled
//! (`UdpSocket`, `TcpSocket`, name resolution of `localhost`).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::{event, event_with, ext_method, handle, leaf, IoErr, IoResult};
use crate::trace::{TraceKind, TraceObject};
use crate::vm::rt::{Flavor, Leaf, Object, Poll, RtObj, TaskId, WakeCause};
use crate::vm::value::Value;
use crate::vm::{Vm, VmResult};

/// Unread bytes one direction of a connection may hold before a program is refused.
const MAX_UNREAD: usize = 1 << 20;
/// The first port handed out for port 0 (its number is never shown: see [`SockAddr`]).
const FIRST_EPHEMERAL: u16 = 40000;

const R: u8 = 1;
const W: u8 = 2;
/// The peer's end of the stream was seen (tokio's `READ_CLOSED`, never cleared).
const RC: u8 = 4;

/// The loopback network: listeners by address, and epoll's ready list.
#[derive(Default)]
pub struct NetState {
    ready: VecDeque<Item>,
    listeners: Vec<Weak<RefCell<ListenerState>>>,
    next_port: u16,
}

pub type Net = Rc<RefCell<NetState>>;

enum Item {
    Sock(Weak<RefCell<Sock>>),
    Listener(Weak<RefCell<ListenerState>>),
}

/// One end of a TCP connection: what the kernel holds for it, and tokio's cached readiness.
struct Sock {
    name: TraceObject,
    net: Weak<RefCell<NetState>>,
    me: Weak<RefCell<Sock>>,
    peer: Weak<RefCell<Sock>>,
    /// Bytes received and not read yet.
    recv: VecDeque<u8>,
    /// The peer shut down its writing, or closed.
    fin: bool,
    /// The peer closed the connection (its writes now meet a reset).
    peer_closed: bool,
    /// The peer closed with unread data: the kernel sent a reset.
    reset: bool,
    shut_wr: bool,
    closed: bool,
    /// `connect` found nobody listening.
    refused: bool,
    registered: bool,
    queued: bool,
    ready: u8,
    reader: Option<TaskId>,
    writer: Option<TaskId>,
    local: SockAddr,
    remote: SockAddr,
}

impl Sock {
    /// Put this socket on epoll's ready list (an item already there keeps its place).
    fn queue(&mut self) {
        if !self.registered || self.queued || self.closed {
            return;
        }
        if let Some(net) = self.net.upgrade() {
            if let Ok(mut n) = net.try_borrow_mut() {
                self.queued = true;
                n.ready.push_back(Item::Sock(self.me.clone()));
            }
        }
    }

    /// What epoll reports for it now.
    fn mask(&self) -> u8 {
        if self.refused || self.reset {
            return R | W | RC;
        }
        let mut m = W;
        if !self.recv.is_empty() || self.fin {
            m |= R;
        }
        if self.fin {
            m |= RC;
        }
        m
    }

    /// The peer receives the end of the stream (or a reset).
    fn deliver_end(&mut self, reset: bool, closed: bool) {
        let Some(peer) = self.peer.upgrade() else { return };
        let Ok(mut p) = peer.try_borrow_mut() else { return };
        p.fin = true;
        p.reset |= reset;
        p.peer_closed |= closed;
        p.queue();
    }
}

/// A socket address (`SocketAddr`): the loopback address and the port. A port the OS chose
/// (`bind` to port 0, a client's own port) is random on a real machine, so it is never shown.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SockAddr {
    /// `127.0.0.1`, `0.0.0.0` (v4) or `::1`, `::` (v6), as 16 bytes of text would be overkill.
    ip: Ip,
    port: u16,
    ephemeral: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ip {
    V4([u8; 4]),
    V6Loopback,
    V6Any,
}

impl Ip {
    fn text(self) -> String {
        match self {
            Ip::V4(b) => format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]),
            Ip::V6Loopback => "::1".into(),
            Ip::V6Any => "::".into(),
        }
    }
    fn is_v4(self) -> bool {
        matches!(self, Ip::V4(_))
    }
    /// Whether a listener bound to `self` takes connections to `to`.
    fn accepts(self, to: Ip) -> bool {
        match (self, to) {
            (Ip::V4([0, 0, 0, 0]), Ip::V4(_)) => true,
            (Ip::V6Any, _) => true,
            (a, b) => a == b,
        }
    }
}

impl SockAddr {
    fn text(&self) -> String {
        match self.ip {
            Ip::V4(_) => format!("{}:{}", self.ip.text(), self.port),
            _ => format!("[{}]:{}", self.ip.text(), self.port),
        }
    }

    /// `"127.0.0.1:8080"`, `"[::1]:80"`, `"localhost:80"` (refused), a `SocketAddr`, `("127.0.0.1", 80)`.
    fn parse(vm: &mut Vm, v: &Value) -> VmResult<SockAddr> {
        let v = v.deref();
        if let Value::Rt(o) = &v {
            if let RtObj::Dyn(d) = &**o {
                if let Some(a) = d.as_any().and_then(|a| a.downcast_ref::<SockAddr>()) {
                    return Ok(*a);
                }
            }
        }
        if let Value::Obj(o) = &v {
            let o = o.borrow();
            if let (true, Some(host), Some(port)) =
                (o.ty == crate::ir::TUPLE, o.fields.first().and_then(|h| h.to_str()), o.fields.get(1))
            {
                let port = port.deref().as_int().unwrap_or(-1);
                if let Ok(port) = u16::try_from(port) {
                    let text = if host.contains(':') { format!("[{host}]:{port}") } else { format!("{host}:{port}") };
                    return Self::parse_text(vm, &text);
                }
            }
        }
        match v.to_str() {
            Some(text) => Self::parse_text(vm, &text),
            None => vm.unsupported("this address (write it as \"127.0.0.1:PORT\" or pass a `SocketAddr`)"),
        }
    }

    fn parse_text(vm: &mut Vm, text: &str) -> VmResult<SockAddr> {
        let (host, port) = match text.rsplit_once(':') {
            Some((h, p)) => (h, p),
            None => return vm.unsupported(format!("the address {text:?} (no port)")),
        };
        let Ok(port) = port.parse::<u16>() else {
            return vm.unsupported(format!("the address {text:?}"));
        };
        let ip = match host {
            "[::1]" => Ip::V6Loopback,
            "[::]" => Ip::V6Any,
            "localhost" => {
                return vm.unsupported(format!(
                    "resolving {text:?} (tokio looks names up on its blocking pool, and `localhost` may be ::1 or 127.0.0.1 by machine; write \"127.0.0.1:{port}\")"
                ))
            }
            h => match h.parse::<std::net::Ipv4Addr>() {
                Ok(a) if a.is_loopback() || a.is_unspecified() => Ip::V4(a.octets()),
                Ok(_) => {
                    return vm.unsupported(format!(
                        "the address {text:?}: only loopback is simulated (127.0.0.1, [::1])"
                    ))
                }
                Err(_) => return vm.unsupported(format!("the address {text:?} (a name to resolve; write an IP address)")),
            },
        };
        Ok(SockAddr { ip, port, ephemeral: false })
    }

    fn value(self) -> Value {
        handle(self)
    }
}

impl Object for SockAddr {
    fn type_name(&self) -> &'static str {
        if self.ephemeral {
            "SocketAddr with a port the OS chose (random on a real machine; print a port you chose)"
        } else {
            "SocketAddr"
        }
    }
    fn display(&self) -> Option<String> {
        (!self.ephemeral).then(|| self.text())
    }
    fn debug_fields(&self) -> Option<Result<(&'static str, Vec<(&'static str, Value)>), String>> {
        if self.ephemeral {
            return Some(Err(format!("`Debug` of {}", self.type_name())));
        }
        None
    }
    fn debug(&self) -> String {
        self.text()
    }
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "port" if self.ephemeral => {
                return vm
                    .unsupported(
                        "`port()` of a port the OS chose (random on a real machine; pass the `SocketAddr` itself, or bind a port you choose)",
                    )
                    .map(Some)
            }
            "port" => Value::Int(self.port as i128, crate::ir::IntTy::U16),
            "is_ipv4" => Value::Bool(self.ip.is_v4()),
            "is_ipv6" => Value::Bool(!self.ip.is_v4()),
            "ip" => Value::StdError(Rc::new((self.ip.text(), self.ip.text()))),
            "clone" => self.value(),
            _ => return Ok(None),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// The network, made on first use (this also turns on the I/O driver's park, `Vm::park_net`).
fn net(vm: &mut Vm) -> VmResult<Net> {
    if vm.rt.flavor != Flavor::Paused {
        return vm.unsupported(
            "`tokio::net` on a runtime without the paused clock (build it with `.start_paused(true)`, or use `#[tokio::main]`)",
        );
    }
    Ok(vm
        .rt
        .net
        .get_or_insert_with(|| Rc::new(RefCell::new(NetState { next_port: FIRST_EPHEMERAL, ..Default::default() })))
        .clone())
}

/// A built-in path of `tokio::net` (`Ok(None)`: not one of ours).
pub fn path(vm: &mut Vm, full: &str, args: &[Value]) -> VmResult<Option<Value>> {
    let Some(short) = full.strip_prefix("tokio::net::") else { return Ok(None) };
    let a0 = args.first().cloned().unwrap_or_default();
    Ok(Some(match short {
        "TcpListener::bind" => {
            let addr = SockAddr::parse(vm, &a0)?;
            leaf(Ready(Some(bind(vm, addr)?)))
        }
        "TcpStream::connect" => {
            let addr = SockAddr::parse(vm, &a0)?;
            leaf(Connect { addr, sock: None })
        }
        _ => {
            return vm
                .unsupported(format!("`{full}` (of `tokio::net`, only `TcpListener` and `TcpStream` are simulated)"))
        }
    }))
}

/// A future ready at its first poll (`bind` of an IP address: tokio resolves nothing).
struct Ready(Option<Value>);

impl Leaf for Ready {
    fn poll(&mut self, _vm: &mut Vm) -> VmResult<Poll<Value>> {
        Ok(Poll::Ready(self.0.take().unwrap_or_default()))
    }
}

fn os_err(code: i32, kind: &str, msg: &str) -> IoErr {
    IoErr(format!("{msg} (os error {code})"), format!("Os {{ code: {code}, kind: {kind}, message: {msg:?} }}"))
}

/// `TcpListener::bind(addr)`: `Ok(listener)`, or `Err` when a live listener holds the port.
fn bind(vm: &mut Vm, mut addr: SockAddr) -> VmResult<Value> {
    let net = net(vm)?;
    let mut n = net.borrow_mut();
    n.listeners.retain(|l| l.strong_count() > 0);
    if addr.port == 0 {
        // The OS picks a free port at random; the simulation counts, and never shows it.
        loop {
            let port = n.next_port;
            n.next_port = n.next_port.wrapping_add(1).max(FIRST_EPHEMERAL);
            if !n.listeners.iter().filter_map(|l| l.upgrade()).any(|l| l.borrow().addr.port == port) {
                addr.port = port;
                addr.ephemeral = true;
                break;
            }
        }
    } else {
        let taken = n.listeners.iter().filter_map(|l| l.upgrade()).any(|l| {
            let l = l.borrow();
            l.addr.port == addr.port && (l.addr.ip.accepts(addr.ip) || addr.ip.accepts(l.addr.ip))
        });
        if taken {
            return Ok(Value::err(os_err(98, "AddrInUse", "Address already in use").value()));
        }
    }
    let id = vm.rt.next_object_id();
    let state = Rc::new(RefCell::new(ListenerState {
        name: TraceObject::Listener(id),
        addr,
        backlog: VecDeque::new(),
        ready: false,
        waiters: Vec::new(),
        queued: false,
        me: Weak::new(),
        net: Rc::downgrade(&net),
    }));
    state.borrow_mut().me = Rc::downgrade(&state);
    n.listeners.push(Rc::downgrade(&state));
    Ok(Value::ok(handle(Listener { state })))
}

struct ListenerState {
    name: TraceObject,
    addr: SockAddr,
    /// Connections made and not accepted yet (their server ends, not registered with epoll).
    backlog: VecDeque<Rc<RefCell<Sock>>>,
    /// tokio's cached readability.
    ready: bool,
    /// Tasks waiting in `accept` (tokio's waiter list: all woken, in order).
    waiters: Vec<TaskId>,
    queued: bool,
    me: Weak<RefCell<ListenerState>>,
    net: Weak<RefCell<NetState>>,
}

impl ListenerState {
    fn queue(&mut self) {
        if self.queued {
            return;
        }
        if let Some(net) = self.net.upgrade() {
            if let Ok(mut n) = net.try_borrow_mut() {
                self.queued = true;
                n.ready.push_back(Item::Listener(self.me.clone()));
            }
        }
    }
}

/// The `TcpListener` handle; dropping it closes the listener (connections not accepted are reset).
struct Listener {
    state: Rc<RefCell<ListenerState>>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let Ok(mut l) = self.state.try_borrow_mut() else { return };
        for s in std::mem::take(&mut l.backlog) {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.closed = true;
                s.deliver_end(true, true);
            }
        }
    }
}

impl Object for Listener {
    fn type_name(&self) -> &'static str {
        "TcpListener"
    }
    fn owns_resource(&self) -> bool {
        true
    }
    fn method(&self, vm: &mut Vm, method: &str, _hint: &str, _args: &[Value]) -> VmResult<Option<Value>> {
        Ok(Some(match method {
            "accept" => leaf(Accept { state: self.state.clone(), waiting: false }),
            "local_addr" => Value::ok(self.state.borrow().addr.value()),
            "set_ttl" | "ttl" | "poll_accept" | "into_std" | "from_std" => {
                return vm.unsupported(format!("`TcpListener::{method}`")).map(Some)
            }
            _ => return Ok(None),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// `listener.accept()`: tokio's `async_io(READABLE, accept)`.
struct Accept {
    state: Rc<RefCell<ListenerState>>,
    waiting: bool,
}

impl Leaf for Accept {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        let cur = vm.rt.current;
        loop {
            let mut l = self.state.borrow_mut();
            let name = l.name;
            if !l.ready {
                if !l.waiters.contains(&cur) {
                    l.waiters.push(cur);
                }
                self.waiting = true;
                drop(l);
                event(vm, TraceKind::IoReadWaiting, name);
                vm.suspend_on_object(format!("`accept` on {name} (no connection yet)"), Some(name));
                return Ok(Poll::Pending);
            }
            l.waiters.retain(|t| *t != cur);
            self.waiting = false;
            drop(l);
            if !vm.rt.poll_proceed() {
                vm.suspend_on(format!("`accept` on {name} (budget)"));
                return Ok(Poll::Pending);
            }
            let mut l = self.state.borrow_mut();
            let Some(sock) = l.backlog.pop_front() else {
                l.ready = false;
                continue;
            };
            drop(l);
            vm.rt.made_progress();
            let remote = {
                let mut s = sock.borrow_mut();
                // Registered with epoll (which queues it: it is writable), assumed ready.
                s.registered = true;
                s.ready = R | W;
                s.queue();
                s.remote
            };
            let conn = sock.borrow().name;
            let detail = format!("{conn} from {} (accepted on {name})", remote.text());
            event_with(vm, TraceKind::IoAccepted, conn, detail);
            let stream = handle(TcpHandle::whole(sock));
            return Ok(Poll::Ready(Value::ok(Value::tuple(vec![stream, remote.value()]))));
        }
    }
    fn cancel(&mut self, vm: &mut Vm) {
        if self.waiting {
            let cur = vm.rt.current;
            if let Ok(mut l) = self.state.try_borrow_mut() {
                l.waiters.retain(|t| *t != cur);
            }
        }
    }
}

/// `TcpStream::connect(addr)`: the handshake happens at once (into the listener's backlog, which
/// becomes ready), then tokio waits for the new socket to be reported writable.
struct Connect {
    addr: SockAddr,
    sock: Option<Rc<RefCell<Sock>>>,
}

impl Leaf for Connect {
    fn poll(&mut self, vm: &mut Vm) -> VmResult<Poll<Value>> {
        if self.sock.is_none() {
            self.sock = Some(connect(vm, self.addr)?);
        }
        let sock = self.sock.clone().unwrap_or_else(|| unreachable!());
        if !vm.rt.poll_proceed() {
            vm.suspend_on("`connect` (budget)".into());
            return Ok(Poll::Pending);
        }
        let mut s = sock.borrow_mut();
        let name = s.name;
        if s.ready & W == 0 {
            s.writer = Some(vm.rt.current);
            drop(s);
            event(vm, TraceKind::IoWriteWaiting, name);
            vm.suspend_on_object(format!("`connect` on {name}"), Some(name));
            return Ok(Poll::Pending);
        }
        let refused = s.refused;
        drop(s);
        vm.rt.made_progress();
        self.sock = None;
        if refused {
            let detail = format!("connecting to {}: connection refused (nobody listens there)", self.addr.text());
            event_with(vm, TraceKind::IoError, name, detail);
            return Ok(Poll::Ready(Value::err(os_err(111, "ConnectionRefused", "Connection refused").value())));
        }
        let detail = format!("{name} connected to {}", self.addr.text());
        event_with(vm, TraceKind::IoConnected, name, detail);
        Ok(Poll::Ready(Value::ok(handle(TcpHandle::whole(sock)))))
    }
}

fn connect(vm: &mut Vm, to: SockAddr) -> VmResult<Rc<RefCell<Sock>>> {
    let net = net(vm)?;
    let conn = vm.rt.next_object_id();
    let listener = {
        let n = net.borrow();
        n.listeners.iter().filter_map(|l| l.upgrade()).find(|l| {
            let l = l.borrow();
            l.addr.port == to.port && l.addr.ip.accepts(to.ip)
        })
    };
    let client_ip = match to.ip {
        Ip::V4([0, 0, 0, 0]) => Ip::V4([127, 0, 0, 1]),
        Ip::V6Any => Ip::V6Loopback,
        ip => ip,
    };
    let client_port = {
        let mut n = net.borrow_mut();
        let p = n.next_port;
        n.next_port = n.next_port.wrapping_add(1).max(FIRST_EPHEMERAL);
        p
    };
    let client_addr = SockAddr { ip: client_ip, port: client_port, ephemeral: true };
    let new_sock = |local: SockAddr, remote: SockAddr| {
        Rc::new(RefCell::new(Sock {
            name: TraceObject::Tcp(conn),
            net: Rc::downgrade(&net),
            me: Weak::new(),
            peer: Weak::new(),
            recv: VecDeque::new(),
            fin: false,
            peer_closed: false,
            reset: false,
            shut_wr: false,
            closed: false,
            refused: false,
            registered: false,
            queued: false,
            ready: 0,
            reader: None,
            writer: None,
            local,
            remote,
        }))
    };
    let server_addr = SockAddr { ip: client_ip, ..to };
    let client = new_sock(client_addr, server_addr);
    client.borrow_mut().me = Rc::downgrade(&client);
    match listener {
        Some(l) => {
            let server = new_sock(l.borrow().addr, client_addr);
            {
                let mut srv = server.borrow_mut();
                srv.me = Rc::downgrade(&server);
                srv.peer = Rc::downgrade(&client);
                srv.local.ip = client_ip;
            }
            client.borrow_mut().peer = Rc::downgrade(&server);
            let mut l = l.borrow_mut();
            l.backlog.push_back(server);
            l.queue();
        }
        None => client.borrow_mut().refused = true,
    }
    {
        // Registered after the handshake: queued behind the listener.
        let mut c = client.borrow_mut();
        c.registered = true;
        c.queue();
    }
    Ok(client)
}

/// Which part of a stream a handle is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Whole,
    /// `into_split`'s halves (`OwnedReadHalf`, `OwnedWriteHalf`), or `split`'s (borrowed).
    Read {
        owned: bool,
    },
    Write {
        owned: bool,
    },
}

/// Closes the socket when the last handle on it goes.
struct Closer(Rc<RefCell<Sock>>);

impl Drop for Closer {
    fn drop(&mut self) {
        let Ok(mut s) = self.0.try_borrow_mut() else { return };
        s.closed = true;
        s.registered = false;
        // Linux resets a connection closed with unread data; otherwise the peer reads the end.
        let reset = !s.recv.is_empty();
        s.deliver_end(reset, true);
    }
}

/// A `TcpStream`, or one of its halves.
pub struct TcpHandle {
    sock: Rc<RefCell<Sock>>,
    closer: Rc<Closer>,
    part: Part,
}

impl Drop for TcpHandle {
    fn drop(&mut self) {
        // tokio's `OwnedWriteHalf` shuts the writing down when dropped.
        if self.part == (Part::Write { owned: true }) {
            if let Ok(mut s) = self.sock.try_borrow_mut() {
                if !s.shut_wr {
                    s.shut_wr = true;
                    s.deliver_end(false, false);
                }
            }
        }
    }
}

impl TcpHandle {
    fn whole(sock: Rc<RefCell<Sock>>) -> TcpHandle {
        TcpHandle { closer: Rc::new(Closer(sock.clone())), sock, part: Part::Whole }
    }
    fn half(&self, part: Part) -> TcpHandle {
        TcpHandle { sock: self.sock.clone(), closer: self.closer.clone(), part }
    }
    fn can_read(&self) -> bool {
        matches!(self.part, Part::Whole | Part::Read { .. })
    }
    fn can_write(&self) -> bool {
        matches!(self.part, Part::Whole | Part::Write { .. })
    }
}

impl super::Io for TcpHandle {
    fn poll_read(&self, vm: &mut Vm, max: usize) -> VmResult<Poll<IoResult<Vec<u8>>>> {
        if !self.can_read() {
            return vm.unsupported("reading from a write half");
        }
        loop {
            if !vm.rt.poll_proceed() {
                vm.suspend_on("a read on a TCP stream (budget)".into());
                return Ok(Poll::Pending);
            }
            let mut s = self.sock.borrow_mut();
            let name = s.name;
            if s.ready & (R | RC) == 0 {
                s.reader = Some(vm.rt.current);
                drop(s);
                event(vm, TraceKind::IoReadWaiting, name);
                vm.suspend_on_object(format!("a read on {name}"), Some(name));
                return Ok(Poll::Pending);
            }
            if s.reset {
                drop(s);
                return vm.unsupported(format!(
                    "reading {name} after its peer closed it with unread data (Linux resets the connection; what a read then returns depends on the kernel)"
                ));
            }
            if !s.recv.is_empty() {
                let n = s.recv.len().min(max);
                let data: Vec<u8> = s.recv.drain(..n).collect();
                if n < max {
                    // A short read shows the socket drained (tokio clears readiness).
                    s.ready &= !R;
                }
                drop(s);
                vm.rt.made_progress();
                return Ok(Poll::Ready(Ok(data)));
            }
            if s.fin {
                drop(s);
                vm.rt.made_progress();
                if max > 0 {
                    event(vm, TraceKind::IoEof, name);
                }
                return Ok(Poll::Ready(Ok(Vec::new())));
            }
            // `WouldBlock`: clear readability and wait for the driver.
            s.ready &= !R;
        }
    }

    fn poll_write(&self, vm: &mut Vm, data: &[u8]) -> VmResult<Poll<IoResult<usize>>> {
        if !self.can_write() {
            return vm.unsupported("writing to a read half");
        }
        if !vm.rt.poll_proceed() {
            vm.suspend_on("a write on a TCP stream (budget)".into());
            return Ok(Poll::Pending);
        }
        let mut s = self.sock.borrow_mut();
        let name = s.name;
        if s.ready & W == 0 {
            s.writer = Some(vm.rt.current);
            drop(s);
            event(vm, TraceKind::IoWriteWaiting, name);
            vm.suspend_on_object(format!("a write on {name}"), Some(name));
            return Ok(Poll::Pending);
        }
        if s.shut_wr {
            drop(s);
            vm.rt.made_progress();
            let detail = format!("writing to {name} after its own `shutdown`: broken pipe");
            event_with(vm, TraceKind::IoError, name, detail);
            return Ok(Poll::Ready(Err(os_err(32, "BrokenPipe", "Broken pipe"))));
        }
        if s.peer_closed || s.reset {
            drop(s);
            return vm.unsupported(format!(
                "writing to {name} after its peer closed it (the kernel answers with a reset; which write fails, and how, depends on the kernel)"
            ));
        }
        let Some(peer) = s.peer.upgrade() else {
            drop(s);
            return vm.unsupported(format!("writing to {name} after its peer closed it"));
        };
        drop(s);
        let mut p = peer.borrow_mut();
        if p.recv.len() + data.len() > MAX_UNREAD {
            drop(p);
            return vm.unsupported(format!(
                "more than {} KiB unread on {name} (when a loopback write waits depends on the kernel's buffers)",
                MAX_UNREAD / 1024
            ));
        }
        if !p.closed {
            p.recv.extend(data);
            p.queue();
        }
        drop(p);
        vm.alloc(data.len())?;
        vm.rt.made_progress();
        Ok(Poll::Ready(Ok(data.len())))
    }

    fn poll_flush(&self, _vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        Ok(Poll::Ready(Ok(())))
    }

    fn poll_shutdown(&self, vm: &mut Vm) -> VmResult<Poll<IoResult<()>>> {
        if !self.can_write() {
            return vm.unsupported("`shutdown` of a read half");
        }
        let mut s = self.sock.borrow_mut();
        if !s.shut_wr {
            s.shut_wr = true;
            s.deliver_end(false, false);
        }
        Ok(Poll::Ready(Ok(())))
    }
}

impl Object for TcpHandle {
    fn type_name(&self) -> &'static str {
        match self.part {
            Part::Whole => "TcpStream",
            Part::Read { owned: true } => "OwnedReadHalf",
            Part::Write { owned: true } => "OwnedWriteHalf",
            Part::Read { owned: false } => "ReadHalf",
            Part::Write { owned: false } => "WriteHalf",
        }
    }
    fn debug(&self) -> String {
        format!("{} {{ .. }}", self.type_name())
    }
    fn owns_resource(&self) -> bool {
        true
    }
    fn method(&self, vm: &mut Vm, method: &str, hint: &str, args: &[Value]) -> VmResult<Option<Value>> {
        let addr = |local: bool| {
            let s = self.sock.borrow();
            Value::ok(if local { s.local } else { s.remote }.value())
        };
        Ok(Some(match method {
            "into_split" | "split" if self.part == Part::Whole => {
                let owned = method == "into_split";
                let r = self.half(Part::Read { owned });
                let w = self.half(Part::Write { owned });
                Value::tuple(vec![handle(r), handle(w)])
            }
            "reunite" => {
                let other = args.get(1).map(|v| v.deref()).unwrap_or_default();
                let same = match &other {
                    Value::Rt(o) => match &**o {
                        RtObj::Dyn(d) => d
                            .as_any()
                            .and_then(|a| a.downcast_ref::<TcpHandle>())
                            .is_some_and(|h| Rc::ptr_eq(&h.sock, &self.sock) && h.part != self.part),
                        _ => false,
                    },
                    _ => false,
                };
                if !same {
                    return vm.unsupported("`reunite` of halves of two different streams").map(Some);
                }
                Value::ok(handle(self.half(Part::Whole)))
            }
            "local_addr" => addr(true),
            "peer_addr" => addr(false),
            "set_nodelay" => Value::ok(Value::Unit),
            "nodelay" => Value::ok(Value::Bool(false)),
            "readable" | "writable" | "ready" | "try_read" | "try_write" | "peek" | "set_linger" | "linger"
            | "set_ttl" | "ttl" | "into_std" | "try_read_buf" | "poll_peek" => {
                return vm.unsupported(format!("`{}::{method}`", self.type_name())).map(Some)
            }
            _ => return ext_method(vm, method, hint, args),
        }))
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

impl Vm {
    /// One turn of tokio's I/O driver: report every socket on epoll's ready list, in order, and
    /// wake what waits on it (reader, writer, then accept waiters). Whether it woke anyone.
    pub fn io_turn(&mut self) -> bool {
        let Some(net) = self.rt.net.clone() else { return false };
        let items: Vec<Item> = std::mem::take(&mut net.borrow_mut().ready).into();
        let mut woke = false;
        for item in items {
            let (name, wake) = match item {
                Item::Sock(w) => {
                    let Some(sock) = w.upgrade() else { continue };
                    let mut s = sock.borrow_mut();
                    s.queued = false;
                    if s.closed {
                        continue;
                    }
                    let mask = s.mask();
                    s.ready |= mask;
                    let mut wake = Vec::new();
                    if mask & (R | RC) != 0 {
                        wake.extend(s.reader.take());
                    }
                    if mask & W != 0 {
                        wake.extend(s.writer.take());
                    }
                    (s.name, wake)
                }
                Item::Listener(w) => {
                    let Some(l) = w.upgrade() else { continue };
                    let mut l = l.borrow_mut();
                    l.queued = false;
                    if l.backlog.is_empty() {
                        continue;
                    }
                    l.ready = true;
                    (l.name, std::mem::take(&mut l.waiters))
                }
            };
            for t in wake {
                woke = true;
                self.rt.wake_cause = Some(WakeCause::Io(name));
                self.rt.wake(t);
                self.rt.wake_cause = None;
            }
        }
        woke
    }
}

/// Whether `a` is a TCP stream or half (an I/O object for `io/mod.rs`).
pub(super) fn is_tcp(a: &dyn std::any::Any) -> bool {
    a.is::<TcpHandle>()
}
