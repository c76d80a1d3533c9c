struct Bad;
impl Drop for Bad {
    fn drop(&mut self) {
        println!("bad drop");
    }
}
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        if self.0 == 0 { panic!("zero"); }
        println!("drop {}", self.0);
    }
}
fn main() {
    let _b = Bad;
    let _n = Noisy(1);
    let v = vec![Noisy(2), Noisy(3)];
    let total: u32 = v.iter().map(|n| 10 / (n.0 - 2)).sum();
    println!("{total}");
}
