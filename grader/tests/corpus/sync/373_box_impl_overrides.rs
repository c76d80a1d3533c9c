// An impl for `Box<T>` that does more than forward: rustc picks it for a `Box` receiver.
trait Total {
    fn total(&self) -> i64;
    fn describe(&self) -> String {
        format!("total = {}", self.total())
    }
}

impl Total for Vec<i64> {
    fn total(&self) -> i64 {
        self.iter().sum()
    }
}

impl<T: Total + ?Sized> Total for Box<T> {
    fn total(&self) -> i64 {
        (**self).total() * 10
    }
}

struct Cart {
    items: Vec<i64>,
}

impl Total for Cart {
    fn total(&self) -> i64 {
        self.items.total() + 1
    }
    fn describe(&self) -> String {
        format!("cart of {}", self.items.len())
    }
}

fn main() {
    let v: Vec<i64> = vec![1, 2, 3];
    let b: Box<Vec<i64>> = Box::new(vec![4, 5]);
    let bb: Box<Box<Vec<i64>>> = Box::new(Box::new(vec![7]));
    let cart = Cart { items: vec![10, 20] };
    let boxed_cart = Box::new(Cart { items: vec![1] });
    println!("{}", v.total());
    println!("{}", b.total());
    println!("{}", bb.total());
    println!("{}", cart.total());
    println!("{}", boxed_cart.total());
    println!("{}", b.describe());
    println!("{}", v.describe());
    println!("{}", boxed_cart.describe());
    println!("{}", Total::total(&b));
    println!("{}", <Vec<i64> as Total>::total(&v));
    let r = &b;
    println!("{}", r.total());
    let copy = b.clone();
    println!("{}", copy.total());
    let mut sums: Vec<i64> = Vec::new();
    for x in &vec![b.clone(), Box::new(vec![100])] {
        sums.push(x.total());
    }
    println!("{:?}", sums);
}
