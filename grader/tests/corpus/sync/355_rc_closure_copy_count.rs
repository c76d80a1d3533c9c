use std::rc::Rc;

fn main() {
    let rc = Rc::new(5);
    let h = rc.clone();
    let peek = || Rc::strong_count(&h);
    println!("{}", peek());
    drop(rc);
    println!("{}", peek());
    println!("{}", Rc::strong_count(&h));
    let a = Rc::new(String::from("s"));
    let b = Rc::clone(&a);
    let show = || format!("{} {}", b, Rc::strong_count(&b));
    println!("{}", show());
    drop(a);
    println!("{}", show());
    let c = Rc::new(1);
    let copy = Rc::clone(&c);
    let f = move || Rc::strong_count(&copy);
    println!("{}", f());
    drop(c);
    println!("{}", f());
    let d = Rc::new(vec![1]);
    let list = vec![Rc::clone(&d), Rc::clone(&d)];
    let count = || list.len() + Rc::strong_count(&d);
    println!("{}", count());
    drop(list);
    println!("{}", Rc::strong_count(&d));
    let e = Rc::new(0);
    {
        let e2 = e.clone();
        let g = || *e2 + 1;
        println!("{} {}", g(), Rc::strong_count(&e));
    }
    println!("{}", Rc::strong_count(&e));
    let w = Rc::downgrade(&e);
    let up = || w.upgrade().map(|r| *r);
    println!("{:?} {}", up(), Rc::weak_count(&e));
    drop(e);
    println!("{:?}", up());
}
