fn main() {
    let values = [1.0, 0.5, -2.25, 100.0, 1e15, 1e16, 1e21, 1e-7, 0.1 + 0.2, 1.0 / 3.0, 123456789.125];
    for v in values {
        println!("{} | {:?}", v, v);
    }
    println!("{} {:?}", -0.0f64, -0.0f64);
    println!("{} {} {}", f64::NAN, f64::INFINITY, f64::NEG_INFINITY);
    println!("{:?} {:?}", f64::MAX, f64::MIN_POSITIVE);
    println!("{} {:?}", f64::EPSILON, 5e-324);
    println!("{:e} {:e} {:E}", 1234.5, 0.00012, 1e100);
    println!("{:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, -0.5);
    println!("{:.3} {:8.2}| {:<8.1}| {:+.2}", 2.0f64.sqrt(), 3.14159, 9.99, 1.0);
    println!("{:?}", vec![1.5, 2.0, -0.0]);
    println!("{:?}", (0.1f64, 1e-10f64));
}
