fn main() {
    let pi = 3.14159265;
    println!("{:.0} {:.1} {:.2} {:.5}", pi, pi, pi, pi);
    println!("{:.3}", 2.0);
    println!("{:.2}", 0.125);
    println!("{:.2}", 0.375);
    println!("{:.1}", 0.05);
    println!("{:.1}", 0.25);
    println!("{:.3}", 1e-10);
    println!("{:.2}", 123456.789);
    println!("{:10.3}|", pi);
    println!("{:<10.3}|", pi);
    println!("{:.3}", "truncated");
    println!("{:>8.2}|", "abcdef");
    println!("{:.0}", "gone");
    let prec = 4;
    println!("{:.*}", 2, pi);
    println!("{:.prec$}", pi);
    println!("{:.1$}", pi, 3);
    println!("{:.2}", f32::MAX);
    println!("{:.3e}", 123456.0);
    println!("{:.2?}", 1.0f64 / 3.0);
    println!("{:.1?}", vec![1.25, 2.35]);
    println!("{:.2}", -0.001);
    println!("{:.0}", 0.5f32);
    println!("{:.20}", 0.1);
}
