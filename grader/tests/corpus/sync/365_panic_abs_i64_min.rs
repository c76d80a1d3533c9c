fn main() {
    let v: Vec<i64> = vec![-3, i64::MIN];
    for x in &v {
        println!("{}", x.abs());
    }
}
