use std::rc::Rc;

struct Holder {
    name: &'static str,
    data: Rc<String>,
}

fn count(label: &str, r: &Rc<String>) {
    println!("{label}: strong = {}, weak = {}", Rc::strong_count(r), Rc::weak_count(r));
}

fn consume(r: Rc<String>) -> usize {
    let n = Rc::strong_count(&r);
    println!("inside consume: {n}");
    r.len()
}

fn pass_through(r: Rc<String>) -> Rc<String> {
    r
}

fn make_pair(r: &Rc<String>) -> (Rc<String>, Rc<String>) {
    (Rc::clone(r), r.clone())
}

fn main() {
    let a = Rc::new(String::from("hello"));
    count("new", &a);
    let b = Rc::clone(&a);
    count("after clone", &a);
    {
        let c = a.clone();
        count("inner scope", &c);
    }
    count("after scope", &a);
    let moved = b;
    count("after move", &a);
    let len = consume(moved);
    println!("len {len}");
    count("after consume", &a);
    let back = pass_through(a.clone());
    count("pass through", &a);
    drop(back);
    count("dropped back", &a);
    let (x, y) = make_pair(&a);
    count("pair", &a);
    drop(x);
    count("dropped x", &y);
    let h = Holder { name: "h", data: y };
    count("in struct", &a);
    println!("holder {} has {}", h.name, h.data);
    drop(h);
    count("struct dropped", &a);
    let mut slot = Some(a.clone());
    count("in option", &a);
    let taken = slot.take();
    count("taken", &a);
    println!("slot is none: {}", slot.is_none());
    drop(taken);
    count("taken dropped", &a);
    let mut reassigned = a.clone();
    count("before reassign", &a);
    reassigned = Rc::new(String::from("other"));
    count("after reassign", &a);
    println!("{reassigned} {}", Rc::strong_count(&reassigned));
    let _ = a.clone();
    count("let underscore", &a);
    let _keep = a.clone();
    count("let _keep", &a);
    let v = vec![a.clone(), a.clone(), a.clone()];
    count("vec of 3", &a);
    let w = vec![a.clone(); 4];
    count("vec! repeat 4", &a);
    drop(v);
    count("vec dropped", &a);
    let total: usize = w.iter().map(|r| r.len()).sum();
    println!("total {total}");
    drop(w);
    count("end", &a);
}
