fn main() {
    let a: f32 = 0.1;
    let b: f64 = 0.1;
    println!("{} {}", a, b);
    println!("{:?} {:?}", a + 0.2, b + 0.2);
    println!("{}", a as f64);
    println!("{} {}", f32::MAX, f32::MIN_POSITIVE);
    println!("{} {}", 16777216.0f32 + 1.0, 16777216.0f64 + 1.0);
    println!("{:?}", 1.0f32 / 3.0);
    println!("{:?}", 1.0f64 / 3.0);
    let mut total = 0.0f32;
    for _ in 0..10 {
        total += 0.1;
    }
    println!("sum of ten 0.1f32 = {total}");
    let mut total = 0.0f64;
    for _ in 0..10 {
        total += 0.1;
    }
    println!("sum of ten 0.1f64 = {total}");
    println!("{}", 7.0f32 / 0.0);
    println!("{}", (2.0f32).powf(0.5));
    println!("{:e}", 6.02214076e23f64);
}
