#[derive(Debug)]
struct Sample {
    id: u8,
    value: f64,
    tags: Vec<&'static str>,
}

fn main() {
    println!("[{:5?}]", (1, 2));
    println!("[{:02?}]", vec![1u8, 2, 10]);
    println!("[{:>4?}]", [7, 8]);
    println!("[{:<6?}]", Some("x"));
    println!("[{:+?}]", (1, -1));
    println!("[{:.1?}]", (0.25, 1.0, 2.55));
    println!("[{:8.2?}]", vec![1.0, 0.125]);
    println!("[{:#x?}]", (255u8, 16u16));
    println!("[{:e}] [{:E}] [{:.2e}] [{:+.1e}] [{:12.3e}]", 1234.5, 0.000321, 6.02e23, -1.0, 99999.0);
    let s = Sample { id: 3, value: 0.5, tags: vec!["a", "b"] };
    println!("{:?}", s);
    println!("{:6.2?}", s);
    println!("{:#04?}", s);
}
