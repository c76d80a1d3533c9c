trait Total {
    fn total(&self) -> i64;
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
fn main() {
    let bb: Box<Box<Vec<i64>>> = Box::new(Box::new(vec![1, 2]));
    println!("{}", (*bb).total()); //~ unsupported: behind `*` on a `Box`
}
