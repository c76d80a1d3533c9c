use std::cell::Cell;

struct Counter {
    hits: Cell<u32>,
    name: &'static str,
}

impl Counter {
    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let c = Counter { hits: Cell::new(0), name: "page" };
    for _ in 0..3 {
        c.hit();
    }
    println!("{} hits on {}", c.hits.get(), c.name);
    let x = Cell::new(5);
    let old = x.replace(10);
    println!("{old} -> {}", x.get());
    let taken = x.take();
    println!("took {taken}, left {}", x.get());
    let flags = [Cell::new(false), Cell::new(false), Cell::new(false)];
    for (i, f) in flags.iter().enumerate() {
        if i % 2 == 0 {
            f.set(true);
        }
    }
    println!("{:?}", flags.iter().map(Cell::get).collect::<Vec<_>>());
    let y = Cell::new(1);
    let double = || y.set(y.get() * 2);
    double();
    double();
    println!("{}", y.get());
    println!("{:?}", y);
    let inner = y.into_inner();
    println!("{inner}");
}
