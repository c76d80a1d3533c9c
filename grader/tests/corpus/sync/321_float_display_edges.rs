fn main() {
    let fs: [f64; 12] = [0.0, -0.0, 1e-7, 1e16, 1e15, 123456789012345680.0, 0.1 + 0.2, f64::NAN, f64::INFINITY, -f64::INFINITY, f64::EPSILON, 5e-324];
    for f in fs.iter() {
        println!("{} | {:?} | {:.2} | {:e}", f, f, f, f);
    }
    let gs: [f32; 10] = [0.0, -0.0, 1e-7, 1e16, 0.1, 16777217.0, f32::MAX, f32::MIN_POSITIVE, f32::NAN, 1.0 / 3.0];
    for g in gs.iter() {
        println!("{} | {:?} | {:.3} | {:e}", g, g, g, g);
    }
    println!("{:?}", vec![1.0f32, 2.5, -0.0]);
    println!("{:?}", (0.1f32 + 0.2f32, 0.1f64 + 0.2f64));
    println!("{}", 0.1f32 as f64);
    println!("{}", 1.0e20f32);
    println!("{:?} {:?}", 1e21f64, 1e-5f64);
    println!("{} {}", 1e21f64, 1e-5f64);
    println!("{:5}|{:<8?}|{:+}", -0.0f64, 1.0f64, 0.0f64);
    println!("{:08.2}|{:+08.2}|{:08}", -3.14159f64, 3.14159f64, f64::INFINITY);
    println!("{} {}", f64::NAN.max(1.0), (-1.0f64).sqrt().is_nan());
    println!("{} {} {}", (2.5f64).round(), (-2.5f64).round(), (2.5f64).trunc());
    println!("{} {} {}", 7.0f64 % 2.5, -7.0f64 % 2.5, (1.0f64).atan2(1.0));
    println!("{} {}", f64::MAX + f64::MAX, 0.0f64 / 0.0 == 0.0 / 0.0);
    println!("{} {}", (0.1f64).to_string(), (100.0f32).to_string());
    println!("{}", 1.0f64 / 3.0 * 3.0 == 1.0);
}
