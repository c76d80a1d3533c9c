use std::ops::Deref;
#[derive(Debug, PartialEq, Clone)]
struct W(Vec<i32>);
impl Deref for W {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}
fn show(w: &W) -> String {
    let inner: W = (*w).clone();
    format!("{:?} {}", inner, w.len())
}
fn main() {
    let w = W(vec![1, 2]);
    println!("{}", show(&w));
    let r = &w;
    println!("{:?} {:?}", *r, *w);
    println!("{}", w.iter().sum::<i32>());
}
