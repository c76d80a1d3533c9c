// Impls for `Vec<i64>` and `[i32]` share a run-time type: a closure parameter's element type picks one.
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
        self.iter().map(|&x| x as i64).sum::<i64>() * 100
    }
}
fn main() {
    let groups: Vec<Vec<i64>> = vec![vec![1], vec![2, 3], vec![]];
    let sums: Vec<i64> = groups.iter().map(|g| g.total()).collect();
    println!("{:?}", sums);
    let big: Vec<&Vec<i64>> = groups.iter().filter(|g| g.total() > 1).collect();
    println!("{}", big.len());
    let all = groups.iter().fold(0, |acc, g| acc + g.total());
    println!("{all}");
    let mut sorted = groups.clone();
    sorted.sort_by_key(|g| -g.total());
    println!("{:?}", sorted);
    let maybe: Option<Vec<i64>> = Some(vec![4, 5]);
    println!("{:?}", maybe.map(|v| v.total()));
    let arrays: Vec<Vec<i32>> = vec![vec![1, 2], vec![3]];
    let slice_sums: Vec<i64> = arrays.iter().map(|a: &Vec<i32>| a[..].total()).collect();
    println!("{:?}", slice_sums);
    let any_big = groups.iter().any(|g| g.total() >= 5);
    println!("{any_big}");
}
