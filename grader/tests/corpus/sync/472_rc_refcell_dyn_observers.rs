use std::cell::RefCell;
use std::rc::Rc;

trait Listener {
    fn on_event(&mut self, name: &str) -> bool;
    fn report(&self) -> String;
}

struct Counter {
    hits: u32,
}
impl Listener for Counter {
    fn on_event(&mut self, _name: &str) -> bool {
        self.hits += 1;
        self.hits < 3
    }
    fn report(&self) -> String {
        format!("counter saw {}", self.hits)
    }
}

struct Recorder {
    log: Vec<String>,
    prefix: String,
}
impl Listener for Recorder {
    fn on_event(&mut self, name: &str) -> bool {
        self.log.push(format!("{}{}", self.prefix, name));
        true
    }
    fn report(&self) -> String {
        self.log.join(",")
    }
}

struct Bus {
    listeners: Vec<Rc<RefCell<dyn Listener>>>,
}

impl Bus {
    fn emit(&mut self, name: &str) {
        let mut keep = Vec::new();
        for l in &self.listeners {
            if l.borrow_mut().on_event(name) {
                keep.push(Rc::clone(l));
            } else {
                println!("dropping a listener after {}", name);
            }
        }
        self.listeners = keep;
    }
}

fn main() {
    let c = Rc::new(RefCell::new(Counter { hits: 0 }));
    let r = Rc::new(RefCell::new(Recorder { log: vec![], prefix: "#".into() }));
    let mut bus = Bus { listeners: vec![c.clone(), r.clone()] };
    for e in ["start", "tick", "tick", "stop"] {
        bus.emit(e);
        println!("{} listeners", bus.listeners.len());
    }
    println!("{}", c.borrow().report());
    println!("{}", r.borrow().report());
    r.borrow_mut().prefix = "!".to_string();
    bus.emit("late");
    println!("{}", r.borrow().report());
    println!("{}", Rc::strong_count(&c));
}
