use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn main() {
    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade());
    {
        let branch = Rc::new(Node { value: 5, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![Rc::clone(&leaf)]) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        let parent = leaf.parent.borrow().upgrade();
        println!("leaf parent value = {:?}", parent.as_ref().map(|p| p.value));
        println!("branch strong while upgraded = {}", Rc::strong_count(&branch));
        drop(parent);
        println!("branch strong after dropping the upgrade = {}", Rc::strong_count(&branch));
        println!("children of branch: {}", branch.children.borrow().len());
    }
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade());
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));

    let empty: Weak<i32> = Weak::new();
    println!("empty weak: {:?} strong {} weak {}", empty.upgrade(), empty.strong_count(), empty.weak_count());
    let five = Rc::new(5);
    let w1 = Rc::downgrade(&five);
    let w2 = w1.clone();
    println!("five: strong {} weak {}", Rc::strong_count(&five), Rc::weak_count(&five));
    println!("w1: strong {} weak {}", w1.strong_count(), w1.weak_count());
    println!("same: {}", w1.ptr_eq(&w2));
    drop(w2);
    println!("after dropping w2: weak {}", Rc::weak_count(&five));
    let weaks: Vec<Weak<i32>> = (0..3).map(|_| Rc::downgrade(&five)).collect();
    println!("with a vec of 3: weak {}", Rc::weak_count(&five));
    drop(weaks);
    println!("vec dropped: weak {}", Rc::weak_count(&five));
    match w1.upgrade() {
        Some(v) => println!("alive: {v} (strong now {})", Rc::strong_count(&v)),
        None => println!("gone"),
    }
    drop(five);
    println!("after drop: {:?}, strong {}, weak {}", w1.upgrade(), w1.strong_count(), w1.weak_count());
    println!("{:?}", w1);
}
