fn main() {
    let mut v = vec![1, 2, 3];
    for n in &v {
        if *n == 2 {
            v.push(4);
        }
    }
    println!("{:?}", v);
}
