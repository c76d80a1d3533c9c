fn main() {
    let tiny: f32 = 1e-45;
    println!("{} {:?} {:e}", tiny, tiny, tiny);
    println!("{} {:?}", 1e7f32, 1e7f32);
    println!("{} {:?}", 16777216.0f32, 1.5e16f32);
    println!("{} {:?}", f32::MIN, f32::EPSILON);
    println!("{}", 0.3f32 as f64);
    println!("{}", 100.0f64 / 3.0);
    println!("{}", 2.0f64.powi(60));
    println!("{}", 2.0f64.powi(70));
    println!("{:?}", 2.0f64.powi(70));
    println!("{}", 1.0e-5f64);
    println!("{:?}", 1.0e-5f64);
    println!("{:?}", 123456789012345680.0f64);
    println!("{}", 0.1f64 * 3.0);
    println!("{}", 9007199254740993i64 as f64);
    println!("{:.3e}", 0.000123456);
    println!("{:10.1e}|", 5e-3);
    println!("{}", (0.1f64).to_string().len());
    println!("{}", 1.0f64 / 7.0 * 7.0 == 1.0);
    println!("{} {}", f64::MAX + 1.0 == f64::MAX, -f64::MIN_POSITIVE / 2.0);
    println!("{:?}", [f64::NAN, 0.0 / 1.0, -(0.0f64)]);
    let avg = [1.0f64, 2.0, 2.0].iter().sum::<f64>() / 3.0;
    println!("{avg} {avg:.2} {:.0}", avg);
}
