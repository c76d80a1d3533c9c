use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    name: String,
    children: Vec<Rc<RefCell<Node>>>,
}

fn node(name: &str) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { name: name.to_string(), children: vec![] }))
}

fn print_tree(n: &Rc<RefCell<Node>>, depth: usize) {
    let n = n.borrow();
    println!("{}{}", "  ".repeat(depth), n.name);
    for c in &n.children {
        print_tree(c, depth + 1);
    }
}

fn main() {
    let root = node("root");
    let a = node("a");
    let b = node("b");
    a.borrow_mut().children.push(node("a1"));
    root.borrow_mut().children.push(Rc::clone(&a));
    root.borrow_mut().children.push(Rc::clone(&b));
    b.borrow_mut().children.push(Rc::clone(&a));
    a.borrow_mut().name.push_str(" (shared)");
    print_tree(&root, 0);
    println!("a is referenced {} times", Rc::strong_count(&a));
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    println!("{:?}", shared.borrow());
    {
        let r1 = shared.borrow();
        let r2 = shared.borrow();
        println!("two readers: {} {}", r1.len(), r2.len());
        println!("try_borrow_mut while reading: {}", shared.try_borrow_mut().is_err());
    }
    println!("try_borrow_mut after: {}", shared.try_borrow_mut().is_ok());
    let total: i32 = shared.borrow().iter().sum();
    println!("total {total}");
}
