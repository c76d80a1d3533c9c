// Impls for `Vec<i64>` and `[i32]` share a run-time type; a closure's tuple pattern is not typed.
trait Total {
    fn total(&self) -> i64;
}
impl Total for Vec<i64> {
    fn total(&self) -> i64 {
        self.iter().sum()
    }
}
impl Total for [i32] {
    fn total(&self) -> i64 {
        self.iter().map(|&x| x as i64).sum()
    }
}
fn main() {
    let groups: Vec<Vec<i64>> = vec![vec![1], vec![2, 3]];
    let sums: Vec<i64> = groups.iter().enumerate().map(|(i, g)| g.total() + i as i64).collect(); //~ unsupported: choosing among the impls of `total`
    println!("{:?}", sums);
}
