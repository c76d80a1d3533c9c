use std::rc::{Rc, Weak};

#[derive(Debug, Clone, PartialEq)]
struct Report {
    title: String,
    pages: Vec<u32>,
}

fn main() {
    let report = Rc::new(Report { title: "q3".into(), pages: vec![1, 2] });
    let reader = Rc::clone(&report);
    let report = match Rc::try_unwrap(report) {
        Ok(r) => {
            println!("unwrapped {r:?}");
            Rc::new(r)
        }
        Err(still_shared) => {
            println!("still shared: {} owners", Rc::strong_count(&still_shared));
            still_shared
        }
    };
    drop(reader);
    println!("after the reader left: {}", Rc::strong_count(&report));
    let watcher = Rc::downgrade(&report);
    let owned = Rc::try_unwrap(report).expect("only one owner");
    println!("owned {:?}, watcher upgrade {:?}", owned.title, watcher.upgrade().map(|r| r.title.clone()));

    let mut doc = Rc::new(Report { title: "draft".into(), pages: vec![7] });
    match Rc::get_mut(&mut doc) {
        Some(r) => r.pages.push(8),
        None => println!("shared, cannot mutate"),
    }
    println!("after get_mut: {:?}", doc.pages);
    let other = Rc::clone(&doc);
    println!("get_mut while shared is none: {}", Rc::get_mut(&mut doc).is_none());
    Rc::make_mut(&mut doc).title.push_str(" v2");
    println!("make_mut cloned: doc {:?} other {:?}", doc.title, other.title);
    println!("same allocation: {}, counts {} {}", Rc::ptr_eq(&doc, &other), Rc::strong_count(&doc), Rc::strong_count(&other));
    Rc::make_mut(&mut doc).pages.push(9);
    println!("make_mut unique: {:?} count {}", doc.pages, Rc::strong_count(&doc));
    let w: Weak<Report> = Rc::downgrade(&doc);
    Rc::make_mut(&mut doc).pages.push(10);
    println!("make_mut with a weak: upgrade is none {}, pages {:?}", w.upgrade().is_none(), doc.pages);

    let a = Rc::new(String::from("inner"));
    let b = Rc::clone(&a);
    println!("into_inner with two owners: {:?}", Rc::into_inner(a));
    println!("b is now alone: {}", Rc::strong_count(&b));
    println!("into_inner of the last: {:?}", Rc::into_inner(b));

    let x = Rc::new(vec![1, 2, 3]);
    let y = Rc::clone(&x);
    let cloned: Vec<i32> = Rc::unwrap_or_clone(x);
    println!("unwrap_or_clone while shared: {:?}, y count {}", cloned, Rc::strong_count(&y));
    let moved: Vec<i32> = Rc::unwrap_or_clone(y);
    println!("unwrap_or_clone alone: {:?}", moved);

    let list: Vec<Rc<u32>> = (1..=3).map(Rc::new).collect();
    let extra = Rc::clone(&list[1]);
    let results: Vec<Result<u32, Rc<u32>>> = list.into_iter().map(Rc::try_unwrap).collect();
    println!("{:?}", results);
    println!("extra count {}", Rc::strong_count(&extra));
}
