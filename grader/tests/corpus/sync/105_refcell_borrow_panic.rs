use std::cell::RefCell;

struct Inventory {
    items: RefCell<Vec<String>>,
}

impl Inventory {
    fn add(&self, item: &str) {
        self.items.borrow_mut().push(item.to_string());
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(Vec::new()) };
    inv.add("sword");
    inv.add("shield");
    println!("{:?}", inv.items.borrow());
    let reading = inv.items.borrow();
    println!("reading {} items", reading.len());
    inv.add("potion");
    println!("never printed");
}
