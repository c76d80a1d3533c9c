use std::cell::RefCell;
use std::rc::Rc;

fn make_counter(log: &Rc<RefCell<Vec<String>>>) -> impl FnMut(&str) {
    let log = Rc::clone(log);
    move |msg| log.borrow_mut().push(msg.to_string())
}

fn boxed(log: Rc<RefCell<Vec<String>>>) -> Box<dyn Fn() -> usize> {
    Box::new(move || log.borrow().len())
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    println!("start: {}", Rc::strong_count(&log));
    let mut add = make_counter(&log);
    println!("closure holds a clone: {}", Rc::strong_count(&log));
    add("one");
    add("two");
    drop(add);
    println!("closure dropped: {}", Rc::strong_count(&log));
    let len = boxed(Rc::clone(&log));
    println!("boxed closure: {} (len {})", Rc::strong_count(&log), len());
    let mut handlers: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    for _ in 0..3 {
        let log = Rc::clone(&log);
        handlers.push(Box::new(move || log.borrow().len() * 10));
    }
    println!("three handlers: {}", Rc::strong_count(&log));
    let sum: usize = handlers.iter().map(|h| h()).sum();
    println!("sum {sum}");
    handlers.pop();
    println!("one handler popped: {}", Rc::strong_count(&log));
    handlers.clear();
    println!("handlers cleared: {}", Rc::strong_count(&log));
    drop(len);
    println!("boxed dropped: {}", Rc::strong_count(&log));
    {
        let peek = || log.borrow().len();
        println!("borrowing closure sees {} entries, count {}", peek(), Rc::strong_count(&log));
    }
    let moved_in = Rc::clone(&log);
    let consume = move || {
        let n = Rc::strong_count(&moved_in);
        n
    };
    println!("inside the closure: {}", consume());
    println!("closure alive: {}", Rc::strong_count(&log));
    drop(consume);
    println!("closure gone: {}", Rc::strong_count(&log));
    let once = {
        let extra = Rc::clone(&log);
        move || extra
    };
    println!("once alive: {}", Rc::strong_count(&log));
    let back = once();
    println!("called once, handle returned: {}", Rc::strong_count(&log));
    drop(back);
    println!("end: {} {:?}", Rc::strong_count(&log), log.borrow());
}
