use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1]);
    {
        let r1 = c.borrow();
        let r2 = c.borrow();
        println!("{} {}", r1.len(), r2.len());
        println!("{:?}", c.try_borrow_mut().is_err());
    }
    c.borrow_mut().push(2);
    println!("{:?}", c);
    let guard = c.borrow();
    println!("{:?}", c);
    let mut m = c.borrow_mut();
    m.push(3);
    println!("{}", guard.len());
}
