use std::rc::Rc;

#[derive(Debug)]
struct Config {
    name: String,
    retries: u32,
}

struct Service {
    id: u32,
    config: Rc<Config>,
}

fn main() {
    let config = Rc::new(Config { name: "shared".into(), retries: 3 });
    println!("count after new: {}", Rc::strong_count(&config));
    let services: Vec<Service> = (1..=3).map(|id| Service { id, config: Rc::clone(&config) }).collect();
    println!("count with 3 services: {}", Rc::strong_count(&config));
    for s in &services {
        println!("service {} uses {} ({} retries)", s.id, s.config.name, s.config.retries);
    }
    drop(services);
    println!("count after drop: {}", Rc::strong_count(&config));
    let a = Rc::new(5);
    let b = a.clone();
    println!("{} {} same: {}", a, b, Rc::ptr_eq(&a, &b));
    let c = Rc::new(5);
    println!("equal values: {}, same allocation: {}", a == c, Rc::ptr_eq(&a, &c));
    let weak = Rc::downgrade(&a);
    println!("weak upgrade: {:?}", weak.upgrade());
    drop(a);
    drop(b);
    println!("after dropping strong refs: {:?}", weak.upgrade());
    let mut unique = Rc::new(String::from("solo"));
    Rc::make_mut(&mut unique).push_str("!");
    println!("{unique}");
    println!("{:?}", Rc::try_unwrap(unique));
}
