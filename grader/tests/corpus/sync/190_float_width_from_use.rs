fn takes_f32(x: f32) -> f32 {
    x / 3.0
}

fn main() {
    let a = 1.0;
    let third = takes_f32(a);
    println!("{third} {}", a / 3.0);
    let b = 1.0;
    println!("{}", b / 3.0);
    let prices: Vec<f32> = vec![0.1, 0.2];
    let total = prices[0] + prices[1];
    println!("{total}");
    let mut acc = 0.0;
    for p in &prices {
        acc += p;
    }
    println!("{acc} {}", acc == total);
    let ratio = 2.0f32.sqrt();
    let wide = ratio as f64;
    println!("{ratio} {wide}");
}
