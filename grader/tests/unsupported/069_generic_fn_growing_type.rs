// `show(Box::new(t))` makes a new type per call: rustc stops at its recursion limit; the grader
// must stop making per-type copies (it looped forever) and refuse.
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
fn show<T: Total>(t: T, n: u32) -> i64 {
    if n == 0 {
        return t.total(); //~ unsupported: choosing among the impls of `total`
    }
    show(Box::new(t), n - 1)
}
fn main() {
    let v: Vec<i64> = vec![1];
    println!("{}", show(v, 3));
}
