use std::cell::RefCell;

fn count(c: &RefCell<Vec<u32>>) -> u32 {
    c.borrow().len() as u32
}

fn main() {
    let c = RefCell::new(vec![1]);
    c.borrow_mut().push(2);
    let n = c.borrow().len();
    println!("{n} items");
    // The receiver's guard is alive while the argument is evaluated: `count` finds it borrowed.
    c.borrow_mut().push(count(&c));
    println!("{:?}", c.borrow());
}
