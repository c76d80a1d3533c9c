fn main() {
    let x = 2.7f64;
    println!("{} {} {} {}", x.floor(), x.ceil(), x.round(), x.trunc());
    let y = -2.5f64;
    println!("{} {} {} {}", y.floor(), y.ceil(), y.round(), y.trunc());
    println!("{} {}", y.abs(), y.signum());
    println!("{} {}", 16f64.sqrt(), 2f64.sqrt());
    println!("{} {}", 2f64.powi(10), 2f64.powf(0.5));
    println!("{} {}", 1.5f64.max(f64::NAN), 3.0f64.min(-1.0));
    println!("{:.6} {:.6}", std::f64::consts::PI, std::f64::consts::E);
    println!("{:.4} {:.4}", (std::f64::consts::PI / 6.0).sin(), 0f64.cos());
    println!("{:.4}", 100f64.ln());
    println!("{} {}", 1000f64.log10(), 8f64.log2());
    println!("{}", 0.1f64.mul_add(10.0, 0.5));
    println!("{}", 7.5f64 % 2.0);
    println!("{}", -7.5f64 % 2.0);
    println!("{}", 5.0f64.hypot(12.0));
    println!("{} {}", f64::NAN.is_nan(), (0.0f64 / 0.0).is_nan());
    println!("{} {}", 1e308f64 * 10.0, (1e308f64 * 10.0).is_infinite());
    println!("{:.2}", 2.675f64);
    println!("{}", 0.1 + 0.2 == 0.3);
    println!("{}", ((0.1f64 + 0.2) - 0.3).abs() < f64::EPSILON);
}
