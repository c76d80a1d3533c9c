fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        "positive"
    }
}

fn main() {
    let y = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("y = {y}");
    let parity = if y % 2 == 0 { "even" } else { "odd" };
    println!("{y} is {parity}");
    for n in [-7, 0, 12] {
        println!("{n} is {}", classify(n));
    }
    let unit = {
        let _ignored = 1;
    };
    println!("unit = {:?}", unit);
    let label = match y {
        0..=9 => "one digit",
        10..=99 => "two digits",
        _ => "many digits",
    };
    println!("{label}");
}
