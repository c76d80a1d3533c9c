use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Product {
    name: String,
    price_cents: u32,
    stock: u32,
}

struct Store {
    products: BTreeMap<u32, Product>,
    next_id: u32,
}

impl Store {
    fn new() -> Self {
        Store { products: BTreeMap::new(), next_id: 100 }
    }
    fn add(&mut self, name: &str, price_cents: u32, stock: u32) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.products.insert(id, Product { name: name.into(), price_cents, stock });
        id
    }
    fn sell(&mut self, id: u32, qty: u32) -> Result<u32, String> {
        let p = self.products.get_mut(&id).ok_or(format!("no product {id}"))?;
        if p.stock < qty {
            return Err(format!("only {} {} left", p.stock, p.name));
        }
        p.stock -= qty;
        Ok(p.price_cents * qty)
    }
    fn report(&self) {
        for (id, p) in &self.products {
            println!("#{id} {:<8} {:>3} x ${:>6.2}", p.name, p.stock, p.price_cents as f64 / 100.0);
        }
    }
}

fn main() {
    let mut store = Store::new();
    let tea = store.add("tea", 450, 10);
    let mug = store.add("mug", 1299, 2);
    store.add("spoon", 99, 0);
    println!("{:?}", store.sell(tea, 3));
    println!("{:?}", store.sell(mug, 5));
    println!("{:?}", store.sell(999, 1));
    store.report();
    let value: u32 = store.products.values().map(|p| p.price_cents * p.stock).sum();
    println!("stock value ${}.{:02}", value / 100, value % 100);
    let out_of_stock: Vec<_> = store.products.values().filter(|p| p.stock == 0).map(|p| p.name.as_str()).collect();
    println!("out of stock: {out_of_stock:?}");
}
