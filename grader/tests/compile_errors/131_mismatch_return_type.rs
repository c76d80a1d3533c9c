fn average(v: &[u32]) -> u32 {
    let sum: u32 = v.iter().sum();
    sum as f64 / v.len() as f64
}

fn main() {
    println!("{}", average(&[1, 2, 3]));
}
