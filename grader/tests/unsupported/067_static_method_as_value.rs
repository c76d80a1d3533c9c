trait Total {
    fn total(&self) -> i64;
}
impl Total for Vec<i64> {
    fn total(&self) -> i64 {
        self.iter().sum()
    }
}
impl Total for Vec<u8> {
    fn total(&self) -> i64 {
        self.len() as i64
    }
}
fn main() {
    let groups: Vec<Vec<i64>> = vec![vec![1], vec![2, 3]];
    let sums: Vec<i64> = groups.iter().map(Total::total).collect(); //~ unsupported: the method `total` as a function value
    println!("{:?}", sums);
}
