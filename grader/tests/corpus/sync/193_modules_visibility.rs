mod shop {
    pub mod cart {
        use super::pricing::{discount, Price};

        #[derive(Debug, Default)]
        pub struct Cart {
            items: Vec<(String, Price)>,
        }

        impl Cart {
            pub fn add(&mut self, name: &str, cents: u32) {
                self.items.push((name.to_string(), Price(cents)));
            }
            pub fn total(&self) -> Price {
                let sum: u32 = self.items.iter().map(|(_, p)| p.0).sum();
                Price(sum - discount(sum))
            }
            pub(crate) fn count(&self) -> usize {
                self.items.len()
            }
        }
    }

    pub mod pricing {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct Price(pub u32);

        impl std::fmt::Display for Price {
            fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
            }
        }

        pub(super) fn discount(total: u32) -> u32 {
            if total > 5000 { total / 10 } else { 0 }
        }
    }

    pub use cart::Cart;
}

use shop::pricing::Price;
use shop::Cart;

fn main() {
    let mut cart = Cart::default();
    cart.add("book", 2599);
    cart.add("lamp", 3450);
    println!("{} items, total {}", cart.count(), cart.total());
    let mut small = shop::cart::Cart::default();
    small.add("pen", 199);
    println!("{} {:?}", small.total(), small.total() == Price(199));
    println!("{cart:?}");
}
