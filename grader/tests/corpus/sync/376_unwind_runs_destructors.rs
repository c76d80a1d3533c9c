struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn inner(v: &Vec<i32>) -> i32 {
    let _g = Noisy("inner");
    v[10]
}
fn main() {
    let _a = Noisy("a");
    let v = vec![1, 2, 3];
    {
        let _b = Noisy("b");
        println!("start");
    }
    let _c = Noisy("c");
    let x = inner(&v);
    println!("{x}");
}
