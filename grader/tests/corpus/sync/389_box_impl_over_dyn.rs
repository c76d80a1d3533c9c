trait Total {
    fn total(&self) -> i64;
}
struct A(i64);
struct B(Vec<i64>);
impl Total for A {
    fn total(&self) -> i64 {
        self.0
    }
}
impl Total for B {
    fn total(&self) -> i64 {
        self.0.iter().sum()
    }
}
impl<T: Total + ?Sized> Total for Box<T> {
    fn total(&self) -> i64 {
        (**self).total() + 1000
    }
}
fn sum_all(items: &[Box<dyn Total>]) -> i64 {
    let mut s = 0;
    for it in items {
        s += it.total();
    }
    s
}
fn main() {
    let items: Vec<Box<dyn Total>> = vec![Box::new(A(1)), Box::new(B(vec![2, 3]))];
    for it in &items {
        println!("{}", it.total());
    }
    println!("{}", sum_all(&items));
    let direct: &dyn Total = &A(7);
    println!("{}", direct.total());
    let nested: Box<Box<dyn Total>> = Box::new(Box::new(A(5)));
    println!("{}", nested.total());
}
