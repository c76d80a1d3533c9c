fn main() {
    let config: Option<&str> = Some("dark");
    if let Some(theme) = config {
        println!("theme {theme}");
    } else {
        println!("default theme");
    }
    let none: Option<i32> = None;
    if let Some(n) = none {
        println!("got {n}");
    } else if let Ok(n) = "12".parse::<i32>() {
        println!("parsed {n}");
    }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("pop {top}");
    }
    let mut it = "a1b2c3".chars().peekable();
    while let Some(c) = it.next() {
        if let Some(d) = it.next_if(|n| n.is_ascii_digit()) {
            println!("{c} has digit {d}");
        }
    }
    let data = [Ok(1), Err("bad"), Ok(3)];
    let mut i = 0;
    while let Some(Ok(v)) = data.get(i) {
        println!("ok {v}");
        i += 1;
    }
    println!("stopped at {i}");
    if let (Some(a), Some(b)) = ("7".parse::<u8>().ok(), "8".parse::<u8>().ok()) {
        println!("{}", a * b);
    }
}
