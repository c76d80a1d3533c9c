use std::cell::Cell;

struct Shared {
    hits: Cell<u32>,
}

unsafe impl Sync for Shared {} //~ unsupported: unsafe

fn main() {
    let s = Shared { hits: Cell::new(0) };
    s.hits.set(s.hits.get() + 1);
    println!("{}", s.hits.get());
}
