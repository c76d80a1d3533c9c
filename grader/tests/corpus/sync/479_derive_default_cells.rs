// A derived `Default` sees through `RefCell`, `Cell` and `Box` fields.
use std::cell::{Cell, RefCell};

#[derive(Default)]
struct Cart {
    items: RefCell<Vec<(String, u32)>>,
    count: Cell<u32>,
    total: Box<u64>,
    note: RefCell<String>,
}

impl Cart {
    fn push(&self, item: &str, price: u32) {
        self.items.borrow_mut().push((item.into(), price));
        self.count.set(self.count.get() + 1);
        self.note.borrow_mut().push_str(item);
    }
}

fn main() {
    let cart = Cart::default();
    cart.push("tea", 150);
    cart.push("pot", 300);
    let total: Cart = Default::default();
    println!("{:?} {} {} {:?}", cart.items.borrow(), cart.count.get(), cart.total, cart.note.borrow());
    println!("{:?} {}", total.items.borrow(), total.count.get());
}
